import type { Token } from '../../src/model/token.ts';

/**
 * Tokens for unit tests that need no tagger: one per word, separated by single spaces, each lemma the lower-cased text
 * unless given as a `[text, lemma]` pair.
 */
export function plainTokens(words: readonly (string | readonly [string, string])[], pos = 'X'): Token[] {
  let at = 0;
  return words.map((word) => {
    const [text, lemma] = typeof word === 'string' ? [word, word.toLowerCase()] : word;
    const token: Token = { text, span: { start: at, end: at + text.length }, pos, lemma, precededBySpace: at > 0 };
    at += text.length + 1;
    return token;
  });
}
