import type { Token } from '../../model/token.ts';

/** "commanders", "ministries": a noun written in -s whose lemma differs from its text (not "news", not "Paris"). */
export function isPluralNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' && /s$/i.test(token.text) && token.text.toLowerCase() !== token.lemma.toLowerCase();
}
