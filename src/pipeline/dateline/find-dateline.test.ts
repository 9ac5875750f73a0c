import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDateline } from './find-dateline.ts';

const place = (text: string) => findDateline(text)?.place;

describe('findDateline', () => {
  it('reads the common wire shapes: place, date and agency', () => {
    assert.deepEqual(findDateline('OSLO (Reuters) - The ferry strike ended on Friday.'), {
      span: { start: 0, end: 16 }, place: 'OSLO', agency: 'Reuters', agencySpan: { start: 5, end: 14 },
    });
    assert.deepEqual(findDateline('HANOI, March 3 (Xinhua) -- Rice prices rose.'), {
      span: { start: 0, end: 26 }, place: 'HANOI', date: 'March 3', agency: 'Xinhua', agencySpan: { start: 15, end: 23 },
    });
    assert.equal(findDateline('LIMA, Peru (AP) — Rescuers dug through the night.')?.place, 'LIMA, Peru');
    assert.equal(findDateline('LIMA, Peru (AP) — Rescuers dug through the night.')?.agency, 'Associated Press');
    assert.deepEqual(findDateline('MINSK, June 17. /TASS/. The talks resumed.'), {
      span: { start: 0, end: 23 }, place: 'MINSK', date: 'June 17', agency: 'TASS', agencySpan: { start: 16, end: 22 },
    });
    assert.equal(findDateline('Lyon, 12 March (AFP) - Students marched.')?.agency, 'Agence France-Presse');
    assert.equal(place('SAO PAULO — The central bank held rates.'), 'SAO PAULO');
  });

  it('finds the dateline under a headline and keeps an unknown agency as written', () => {
    const text = 'Ferry workers end strike\n\nBERGEN, Sept 15 (Harbour Wire) - Ferry workers voted to return.';
    const found = findDateline(text);
    assert.equal(found?.agency, 'Harbour Wire');
    assert.equal(found?.date, 'Sept 15');
    assert.equal(text.slice(found?.span.start, found?.span.end), 'BERGEN, Sept 15 (Harbour Wire) -');
  });

  it('does not take an ordinary opening sentence, a headline or a label for a dateline', () => {
    assert.equal(findDateline('Farmers protested outside the ministry - and police watched.'), undefined);
    assert.equal(findDateline('Ferry workers end strike after two weeks\nThe union said members voted.'), undefined);
    assert.equal(findDateline('BREAKING - A ferry has run aground.'), undefined);
    assert.equal(findDateline('WARNING: graphic content follows.'), undefined);
    assert.equal(findDateline('A - the first letter.'), undefined);
  });

  it('looks only at the first lines of the body', () => {
    const late = 'One.\nTwo.\nThree.\nFour.\nOSLO (Reuters) - Late line.';
    assert.equal(findDateline(late), undefined);
  });
});

describe('findDateline on labels and days', () => {
  it('does not read a label or a weekday before a dash as a place', () => {
    assert.equal(findDateline('BREAKING NEWS - Two ferries collided.'), undefined);
    assert.equal(findDateline('Sunday, November 27 (Harbour Wire) - Tremors shook the coast.'), undefined);
  });
});
