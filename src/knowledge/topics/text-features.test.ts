import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentWords, wordEnd } from './text-features.ts';

test('content words keep letters and digits together and stop at any other character', () => {
  assert.deepEqual(contentWords('Fleet-week ends: 40km of road, 3rd lane!'), ['fleet', 'week', 'end', '<num>', 'road', '<num>', 'lane']);
});

test('an apostrophe joins only the letters right after it, with either quote mark', () => {
  assert.deepEqual(contentWords("The mayor's plan, the council’s vote, x'9 and rock'n'roll"), ['mayor', 'plan', 'council', 'vote', '<num>', 'rockn', 'roll']);
});

test('letters outside ASCII and outside the basic plane are words like any other', () => {
  assert.deepEqual(contentWords('Zoë met the Ålborg crew near 𝐁𝐢𝐠 ½ café'), ['zoë', 'met', 'ålborg', 'crew', 'near', '𝐁𝐢𝐠', 'café']);
});

test('a word, and a word with its suffix, at the very end of the text end with the text', () => {
  assert.deepEqual([wordEnd('the council', 4), wordEnd("the council's", 4), wordEnd("the council'", 4)], [11, 13, 11]);
});
