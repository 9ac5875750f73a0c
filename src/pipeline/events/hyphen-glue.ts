import type { Token } from '../../model/token.ts';

/** "Israeli-occupied", "union-backed": the word is written glued after a hyphen, so it modifies the word that follows. */
export function isGluedAfterHyphen(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && !token.precededBySpace && tokens[index - 1]?.text === '-';
}

/** A hyphen with no space on either side joins two words into one; a spaced dash ("talks - then") does not. */
export function isGluingHyphen(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token?.text === '-' && !token.precededBySpace && tokens[index + 1]?.precededBySpace === false;
}
