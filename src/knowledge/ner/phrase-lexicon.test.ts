import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhraseLexicon } from './phrase-lexicon.ts';

test('says a name may start at a whole one-word name or at the first words of a longer one, and at nothing else', () => {
  const lexicon = new PhraseLexicon();
  lexicon.add('Castle Brennick', 'city');
  lexicon.add('Upper Castle Brennick Bay', 'region');
  lexicon.add('Tarvex', 'company');
  for (const start of ['castle', 'castle brennick', 'upper', 'upper castle brennick', 'tarvex']) assert.equal(lexicon.startsPhrase(start), true, start);
  // The words are looked up as given: the caller lower-cases them.
  for (const other of ['brennick', 'bay', 'upper castle brennick bay x', 'Castle', '']) assert.equal(lexicon.startsPhrase(other), false, other);
});

test('says no name starts at a word holding a tab, a no-break space or a doubled space, as names are split on all of them', () => {
  const lexicon = new PhraseLexicon();
  lexicon.add('  Nova\u00a0Vale\tHarbour ', 'city');
  for (const start of ['nova', 'nova vale', 'nova vale harbour']) assert.equal(lexicon.startsPhrase(start), true, start);
  for (const other of ['nova\u00a0vale', 'nova\tvale', 'nova  vale', ' nova', 'nova ', ' ']) assert.equal(lexicon.startsPhrase(other), false, JSON.stringify(other));
});
