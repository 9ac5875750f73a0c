import type { Diagnostic } from '../../model/diagnostic.ts';
import type { Token } from '../../model/token.ts';
import { tokenForms } from '../token-forms.ts';

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is was for on that with as by at from it he she they his her its has have had be been are were said will would not but or an this which who their after'.split(' '),
);

/** Minimum share of English function words among word tokens for text to be treated as English. */
const ENGLISH_THRESHOLD = 0.12;

/**
 * A cheap English check: news English is ~30–45% function words, other languages well under 10%.
 * Too few words to judge counts as English, so headlines and short leads pass.
 */
export function detectLanguage(tokens: readonly Token[]): { code: string; diagnostic?: Diagnostic } {
  const { lower, hasLetter } = tokenForms(tokens);
  let words = 0;
  let english = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hasLetter[i] === 0) continue;
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(lower[i] as string)) english++;
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
