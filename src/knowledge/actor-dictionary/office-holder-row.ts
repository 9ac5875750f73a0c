import type { DatedCode } from './actor-dictionary.ts';

/**
 * One person: `names` (first is the display name, `|`-separated aliases), then terms as `CODE from to` (ISO dates,
 * `-` = open). Only aliases a wire reader would resolve unambiguously are listed: "Erdogan" yes, "Lee" or "Brown" no,
 * nor surnames that are English words ("Borne", "Lasso") or places ("Hague").
 */
export type OfficeHolderRow = readonly [names: string, ...terms: string[]];

/** Reads one `CODE from to` term; `-` leaves that end open. */
export function parseTerm(term: string): DatedCode {
  const [code = '', from = '-', to = '-'] = term.split(' ');
  return { code, ...(from === '-' ? {} : { from }), ...(to === '-' ? {} : { to }) };
}
