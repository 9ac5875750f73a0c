import type { Token } from '../../model/token.ts';
import { isGluingHyphen } from './hyphen-glue.ts';

/** Words that turn a people's adjective glued before them into a language: "English-speaking", "Russian-language". */
const LANGUAGE_WORDS = new Set(['speaking', 'language']);

/**
 * "English-speaking militias", "Russian-speaking residents", "a French-language daily": the adjective names the
 * language people speak or write, not a state they belong to, so it is no actor of that state.
 */
export function isLanguageAdjective(tokens: readonly Token[], last: number): boolean {
  return isGluingHyphen(tokens, last + 1) && LANGUAGE_WORDS.has(tokens[last + 2]?.text.toLowerCase() ?? '');
}
