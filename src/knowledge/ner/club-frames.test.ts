import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf } from './chunks.ts';
import { isClubFrame, labelClubsInFrames } from './club-frames.ts';
import { labelPlacesInFrames } from './place-frames.ts';
import { PhraseLexicon } from './phrase-lexicon.ts';

const places = new PhraseLexicon();
for (const name of ['Leeds', 'Hull', 'Bristol', 'Valencia', 'Upper Hull']) places.add(name, 'place');
places.add('Spain', 'country');

/** Labels each sentence (words split on spaces, `Name/TYPE` starts a chunk, `Name/I-TYPE` continues one) and returns its chunks as text. */
function relabel(...sentences: string[]): string[] {
  const words = sentences.map((s) => s.split(' ').map((w) => w.split('/')[0] ?? ''));
  const labels = sentences.map((s) => s.split(' ').map((w) => (w.includes('/') ? tagOf(w.split('/')[1] ?? '') : 'O')));
  const framed = labelClubsInFrames(words, labelPlacesInFrames(words, labels, places), places);
  return framed.flatMap((tags, n) => chunksOf(tags).map((c) => `${c.type}:${(words[n] ?? []).slice(c.start, c.end).join(' ')}`));
}

const tagOf = (type: string): string => (type.startsWith('I-') ? type : `B-${type}`);

const SPORTS = 'The striker scored a late goal .';

describe('clubs named by their towns in sports copy', () => {
  it('labels a town a club after a transfer and "from" in a sports article', () => {
    assert.deepEqual(relabel(SPORTS, 'He completed a £ 3 m move from Leeds/LOC in June .'), ['ORG:Leeds']);
    assert.deepEqual(relabel(SPORTS, 'The keeper joined on loan from Hull/LOC last week .'), ['ORG:Hull']);
    assert.deepEqual(relabel(SPORTS, 'United signed the winger from Valencia/LOC .'), ['ORG:Valencia']);
  });

  it('labels a town a club after a player\'s spell, future or team-mate and "at"', () => {
    assert.deepEqual(relabel(SPORTS, 'After a loan spell at Bristol/LOC he returned .'), ['ORG:Bristol']);
    assert.deepEqual(relabel(SPORTS, 'His future at Leeds/LOC is unclear .'), ['ORG:Leeds']);
  });

  it('labels a town the recogniser took for a person a club in that frame, unless a person of the article bears the name', () => {
    assert.deepEqual(relabel(SPORTS, 'He joined on a £ 2 m move from Hull/PER .'), ['ORG:Hull']);
    assert.deepEqual(relabel(SPORTS, 'Ann/PER Hull/I-PER coached him .', 'He joined on a £ 2 m move from Hull/PER .'), ['PER:Ann Hull', 'PER:Hull']);
  });

  it('reads a person\'s name from the labels the place frames leave, so a "person" they made a place protects no club', () => {
    assert.deepEqual(relabel(SPORTS, 'Fans in Upper/PER Hull/I-PER cheered .', 'He joined on a £ 2 m move from Hull/PER .'), ['LOC:Upper Hull', 'ORG:Hull']);
  });

  it('does not make a place of a club in a club frame, even where "at" or "from" alone would', () => {
    assert.deepEqual(relabel(SPORTS, 'A move from Hull/ORG was agreed .'), ['ORG:Hull']);
  });

  it('keeps the town where a match was played, a person moving home and a national side', () => {
    assert.deepEqual(relabel(SPORTS, 'They lost 2-0 at Leeds/LOC on Saturday .'), ['LOC:Leeds']);
    assert.deepEqual(relabel(SPORTS, 'Since moving from Hull/LOC to Bristol/LOC she has trained harder .'), ['LOC:Hull', 'LOC:Bristol']);
    assert.deepEqual(relabel(SPORTS, 'He signed a deal after his transfer from Spain/LOC .'), ['LOC:Spain']);
  });

  it('leaves towns alone outside sports copy', () => {
    assert.deepEqual(relabel('The firm completed its move from Leeds/LOC to a new office .'), ['LOC:Leeds']);
  });

  it('stops looking for a transfer word at the clause before "from"', () => {
    assert.equal(isClubFrame('He signed , then flew in from Leeds'.split(' '), 7), false);
    assert.equal(isClubFrame('He signed for them from Leeds'.split(' '), 5), true);
  });
  it('reads ordinary news with a manager, a season and an arrival as no sports copy', () => {
    assert.deepEqual(relabel('The hotel manager said the holiday season had been poor .', 'Families who arrived from Leeds/LOC stayed a week .'), ['LOC:Leeds']);
    assert.deepEqual(relabel('The bank manager said the season had been poor .', 'He joined on loan from Hull/LOC .'), ['LOC:Hull']);
  });
});
