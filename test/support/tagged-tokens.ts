import type { Token } from '../../src/model/token.ts';
import { plainTokens } from './plain-tokens.ts';

/** Tokens for unit tests that set each tag by hand: "word/TAG" pairs separated by single spaces ("the/DET army/NOUN"). */
export function taggedTokens(text: string): Token[] {
  const pairs = text.split(' ').map((pair) => pair.split('/'));
  return plainTokens(pairs.map(([word = '']) => word)).map((token, index) => ({ ...token, pos: pairs[index]?.[1] ?? 'X' }));
}
