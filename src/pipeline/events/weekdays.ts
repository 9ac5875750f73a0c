import type { Token } from '../../model/token.ts';

/** Lower-case weekday names: "on Tuesday" dates a wire report's act and names no one. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * "demanded on Friday that…", "said on Monday the move…": the day a wire report puts right after a verb stands between
 * the verb and what it governs. The index of that weekday when "on" and a weekday follow `at`, else `at` itself.
 */
export function dayAfter(tokens: readonly Token[], at: number): number {
  return tokens[at + 1]?.lemma === 'on' && WEEKDAYS.has(tokens[at + 2]?.text.toLowerCase() ?? '') ? at + 2 : at;
}
