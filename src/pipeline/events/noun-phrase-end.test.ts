import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../model/token.ts';
import { nounPhraseEnd } from './noun-phrase-end.ts';

/** "word/TAG" pairs as tokens, a noun's lemma with a final "s" dropped; a hyphen glued to the words on each side. */
function tokensOf(text: string): Token[] {
  let start = 0;
  const pairs = text.split(' ');
  return pairs.map((pair, position) => {
    const [word = '', pos = 'NOUN'] = pair.split('/');
    const isGlued = word === '-' || pairs[position - 1]?.startsWith('-/') === true;
    const lemma = pos === 'NOUN' ? word.toLowerCase().replace(/s$/, '') : word.toLowerCase();
    const token: Token = { text: word, lemma, pos, precededBySpace: !isGlued, span: { start, end: start + word.length } };
    start += word.length + 1;
    return token;
  });
}

test('a noun phrase runs over joined modifiers and compound nouns to its head', () => {
  const tokens = tokensOf('signed/VERB a/DET defence/NOUN and/CCONJ trade/NOUN cooperation/NOUN pact/NOUN on/ADP Monday/PROPN');
  assert.equal(nounPhraseEnd(tokens, 1, 9), 6);
});

test('a count of rounds or days before "of" stays in the phrase, another "of" ends it', () => {
  assert.equal(nounPhraseEnd(tokensOf('held/VERB a/DET third/ADJ round/NOUN of/ADP indirect/ADJ talks/NOUN'), 1, 9), 6);
  assert.equal(nounPhraseEnd(tokensOf('held/VERB the/DET leaders/NOUN of/ADP both/DET parties/NOUN'), 1, 9), 2);
});

test('an owner, a degree word and a hyphenated modifier are words of the phrase', () => {
  assert.equal(nounPhraseEnd(tokensOf('staged/VERB its/PRON largest/ADJ and/CCONJ most/ADV costly/ADJ naval/ADJ drill/NOUN'), 1, 9), 7);
  assert.equal(nounPhraseEnd(tokensOf('signed/VERB a/DET long/ADJ -/PUNCT awaited/VERB border/NOUN accord/NOUN'), 1, 9), 6);
});

test('a verb, a preposition or a comma ends the phrase', () => {
  assert.equal(nounPhraseEnd(tokensOf('held/VERB a/DET news/NOUN conference/NOUN after/ADP the/DET talks/NOUN'), 1, 9), 3);
  assert.equal(nounPhraseEnd(tokensOf('signed/VERB a/DET decree/NOUN ,/PUNCT a/DET pact/NOUN'), 1, 9), 2);
});
