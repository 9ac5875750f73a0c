import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../model/token.ts';
import { builtinActorDictionary } from './builtin-actor-dictionary.ts';
import { matchActorDictionary } from './match-actor-dictionary.ts';
import { officeHolderEntries } from './office-holders-by-date.ts';

/** Whitespace tokens with lower-case lemmas, enough for the matcher. */
function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu)].map((match) => ({
    text: match[0],
    span: { start: match.index, end: match.index + match[0].length },
    pos: 'X',
    lemma: match[0].toLowerCase(),
    precededBySpace: text[match.index - 1] === ' ',
  }));
}

/** The code the built-in dictionary gives the first actor in `text` on `date`. */
function codeOn(text: string, date: string): string | undefined {
  return matchActorDictionary(builtinActorDictionary(), tokens(text), { date }).find((match) => match.entry.kind === 'actor')?.code;
}

test('gives a leader who moved to an international office the national code before and the IGO code after', () => {
  assert.equal(codeOn('Rutte spoke.', '2017-03-12'), 'NLDGOV');
  assert.equal(codeOn('Rutte spoke.', '2025-02-01'), 'IGOWSTNAT');
  assert.equal(codeOn('Tusk spoke.', '2010-06-01'), 'POLGOV');
  assert.equal(codeOn('Tusk spoke.', '2016-01-13'), 'IGOEEU');
  assert.equal(codeOn('Tusk spoke.', '2024-03-01'), 'POLGOV');
});

test('codes a leader in opposition as opposition and back in office as government', () => {
  assert.equal(codeOn('Netanyahu spoke.', '2007-06-01'), 'ISROPP');
  assert.equal(codeOn('Netanyahu spoke.', '2015-03-03'), 'ISRGOV');
  assert.equal(codeOn('Netanyahu spoke.', '2022-01-10'), 'ISROPP');
});

test('falls back to the country elite outside every term, and to the group code for chiefs of transnational groups', () => {
  assert.equal(codeOn('Erdogan spoke.', '1999-01-01'), 'TURELI');
  assert.equal(codeOn('Bin Laden spoke.', '2015-01-01'), 'IMGMOSALQ');
});

test('follows a surname two office holders share through both their terms', () => {
  assert.equal(codeOn('Aoun spoke.', '2018-01-01'), 'LBNGOV');
  assert.equal(codeOn('Aoun spoke.', '2023-06-01'), 'LBNMIL');
  assert.equal(codeOn('Joseph Aoun spoke.', '2025-03-01'), 'LBNGOV');
});

test('changes an armed group\'s code when its role changed', () => {
  assert.equal(codeOn('The Rapid Support Forces attacked.', '2020-01-01'), 'SDNMIL');
  assert.equal(codeOn('The Rapid Support Forces attacked.', '2024-01-01'), 'SDNREB');
  assert.equal(codeOn('Hezbollah fighters attacked.', '2014-08-25'), 'LBNREB');
});

test('leaves a people spread over several states without a country', () => {
  assert.equal(codeOn('Kurdish fighters attacked.', '2015-01-01'), undefined);
  assert.equal(codeOn('Peshmerga fighters attacked.', '2015-01-01'), 'IRQMIL');
});

test('codes the office holders of smaller countries by the sentence date', () => {
  assert.equal(codeOn('Kostunica spoke.', '2005-06-01'), 'SRBGOV');
  assert.equal(codeOn('Bakiyev spoke.', '2003-06-01'), 'KGZOPP');
  assert.equal(codeOn('Bakiyev spoke.', '2008-06-01'), 'KGZGOV');
  assert.equal(codeOn('Kurti spoke.', '2020-09-01'), 'KSVOPP');
  assert.equal(codeOn('Hichilema spoke.', '2019-06-01'), 'ZMBOPP');
  assert.equal(codeOn('Bukele spoke.', '2022-06-01'), 'SLVGOV');
  assert.equal(codeOn('Yusuf bin Alawi spoke.', '2018-06-01'), 'OMNGOV');
});

test('gives each name and alias to one row only, so a bare surname shared by two people gets a row of its own', () => {
  const owner = new Map<string, string>();
  for (const entry of officeHolderEntries()) {
    for (const phrase of new Set(entry.phrases.map((each) => each.text))) {
      assert.equal(owner.get(phrase) ?? entry.name, entry.name, `"${phrase}" in ${owner.get(phrase) ?? ''} and ${entry.name}`);
      owner.set(phrase, entry.name);
    }
  }
});

test('writes every term as ISO dates in order with a CAMEO-shaped code', () => {
  for (const entry of officeHolderEntries()) {
    for (const term of entry.datedCodes) {
      assert.match(term.code, /^[A-Z]{6,9}$/, entry.name);
      for (const day of [term.from, term.to]) if (day) assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)), `${entry.name}: ${day}`);
      if (term.from && term.to) assert.ok(term.from <= term.to, `${entry.name}: ${term.from} after ${term.to}`);
    }
  }
});
