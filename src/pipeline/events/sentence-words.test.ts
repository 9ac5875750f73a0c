import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sentence, Token } from '../../model/token.ts';
import { hasSentenceWords, sentenceWords } from './sentence-words.ts';
import { plainTokens } from '../../../test/support/plain-tokens.ts';

const tokens = (...words: (string | readonly [string, string])[]): Token[] => plainTokens(words);

function sentence(firstToken: number, lastToken: number): Sentence {
  return { span: { start: 0, end: 0 }, firstToken, lastToken };
}

const HARBOUR = sentenceWords(['harbour', 'quay']);
const SAILING = sentenceWords(['sail']);

describe('hasSentenceWords', () => {
  it('tells the sentence holding a word from the one beside it that does not', () => {
    const doc = tokens('The', 'ferry', 'left', '.', 'It', 'reached', 'the', 'quay', '.');
    assert.equal(hasSentenceWords(doc, sentence(0, 3), HARBOUR), false);
    assert.equal(hasSentenceWords(doc, sentence(4, 8), HARBOUR), true);
  });

  it('finds a word by its lemma or by its text lower-cased, as a rule testing either would', () => {
    const doc = tokens(['sailed', 'sail'], 'home', '.', 'Harbour', 'lights', '.');
    assert.equal(hasSentenceWords(doc, sentence(0, 2), SAILING), true);
    assert.equal(hasSentenceWords(doc, sentence(3, 5), HARBOUR), true);
    assert.equal(hasSentenceWords(doc, sentence(3, 5), SAILING), false);
  });

  it('reads the lemma of a token whose lemma differs from the one its text had elsewhere', () => {
    const first = tokens(['sails', 'sails'], 'flap', '.');
    assert.equal(hasSentenceWords(first, sentence(0, 2), SAILING), false);
    const second = tokens(['sails', 'sail'], 'away', '.');
    assert.equal(hasSentenceWords(second, sentence(0, 2), SAILING), true);
  });

  it('answers for each document when two are asked about in turn', () => {
    const calm = tokens('Calm', 'seas', '.');
    const busy = tokens('Busy', 'quay', '.');
    for (let round = 0; round < 2; round++) {
      assert.equal(hasSentenceWords(calm, sentence(0, 2), HARBOUR), false);
      assert.equal(hasSentenceWords(busy, sentence(0, 2), HARBOUR), true);
    }
  });

  it('refuses a word set with a capital letter, which no lower-cased form could match', () => {
    assert.throws(() => sentenceWords(['Quay']), /Expected lower-case sentence words, got `Quay`/);
  });
});
