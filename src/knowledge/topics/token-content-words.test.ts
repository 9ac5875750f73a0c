import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Token } from '../../model/token.ts';
import { WORDS } from '../../model/word-ids.ts';
import { contentWords } from './text-features.ts';
import { contentWordEntries } from './token-content-words.ts';
import type { TopicFeature, TopicVocabulary } from './topic-vocabulary.ts';

/** Tokens as a tokeniser might cut them: letter and digit runs, apostrophe endings and single other characters. */
function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/['’][a-z]+|[\p{L}\p{N}]+|\S/giu)) {
    const start = match.index;
    tokens.push({ text: match[0], span: { start, end: start + match[0].length }, pos: 'X', lemma: match[0].toLowerCase(), precededBySpace: text[start - 1] === ' ' });
  }
  return tokens;
}

const feature = (name: string): TopicFeature => ({ name, logProb: undefined, hits: [], next: undefined });
const vocabulary: TopicVocabulary = new Map(['harbour', 'ferry', 'fleet', 'week', 'rockn', 'café', '<num>', 'troop'].map((word) => [word, feature(word)]));

function entriesOf(text: string): (string | undefined)[] {
  const tokens = tokenise(text);
  const ids = Int32Array.from(tokens, (token) => WORDS.intern(token.text));
  const out: (TopicFeature | undefined)[] = [];
  contentWordEntries(text, tokens, ids, vocabulary, out);
  return out.map((entry) => entry?.name);
}

describe('contentWordEntries', () => {
  it('reads the same content words by token id as contentWords reads from the text', () => {
    for (const text of [
      'The harbour ferry sailed twice; the Harbour ferries waited.',
      "Fleet-week ends: 40km of road, the troops' 3rd lane!",
      "The mayor's plan, the council’s vote, x'9 and rock'n'roll",
      'Zoë met the Ålborg crew near a café in 2025, COVID19 aside',
    ]) {
      assert.deepEqual(entriesOf(text), contentWords(text).map((word) => vocabulary.get(word)?.name), text);
    }
  });

  it('answers a repeated word from its id after the first time', () => {
    assert.deepEqual(entriesOf('ferry ferry Ferry harbour'), ['ferry', 'ferry', 'ferry', 'harbour']);
  });
});
