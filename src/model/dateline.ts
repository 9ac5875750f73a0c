import type { Span } from './span.ts';

/**
 * A wire dateline opening the body ("LISBON, Sept 15 (Meridian Wire) -"): where and when the report was filed and
 * the agency that filed it. The agency makes an outlet's copy of wire text count as that agency's report.
 */
export interface Dateline {
  /** The whole dateline, separator included. */
  readonly span: Span;
  /** The filing place as written ("LISBON", "KYIV, Ukraine"). */
  readonly place: string;
  /** The filing date as written ("Sept 15"), when given. */
  readonly date?: string;
  /** The filing agency: a known agency's name ("Associated Press" for "AP"), else as written. */
  readonly agency?: string;
  /** Where the agency is written, brackets or slashes included ("(AP)", "/TASS/"). */
  readonly agencySpan?: Span;
}
