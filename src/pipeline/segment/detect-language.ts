import type { Diagnostic } from '../../model/diagnostic.ts';
import type { Token } from '../../model/token.ts';
import { WordCache } from '../../model/word-ids.ts';
import { tokenForms } from '../token-forms.ts';

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is was for on that with as by at from it he she they his her its has have had be been are were said will would not but or an this which who their after'.split(' '),
);

/** Whether a token text (by its id) is one of them, lower-cased: asked once per text, not per token. */
const FUNCTION_WORD_BY_ID = new WordCache<boolean>();

/** Minimum share of English function words among word tokens for text to be treated as English. */
const ENGLISH_THRESHOLD = 0.12;

/**
 * A cheap English check: news English is ~30–45% function words, other languages well under 10%.
 * Too few words to judge counts as English, so headlines and short leads pass.
 */
export function detectLanguage(tokens: readonly Token[]): { code: string; diagnostic?: Diagnostic } {
  const { lower, hasLetter, id } = tokenForms(tokens);
  const isFunctionWord = FUNCTION_WORD_BY_ID.entries();
  let words = 0;
  let english = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hasLetter[i] === 0) continue;
    words++;
    const wordId = id[i] as number;
    let known = isFunctionWord[wordId];
    if (known === undefined) isFunctionWord[wordId] = known = ENGLISH_FUNCTION_WORDS.has(lower[i] as string);
    if (known) english++;
  }
  if (words < 20 || english / words >= ENGLISH_THRESHOLD) return { code: 'en' };
  return {
    code: 'und',
    diagnostic: {
      severity: 'warning',
      source: 'segment',
      code: 'segment/not-english',
      message: `The text does not look like English (${Math.round((100 * english) / words)}% English function words); entities, dates and events may be missing.`,
    },
  };
}
