import type { Provenance, Span } from './span.ts';

export type DateGranularity = 'instant' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'interval' | 'duration' | 'unknown';

/** A time expression normalised against the publication date (TimeML-style `value`: 2025-06-17, 2025-W25, P2W…). */
export interface DateMention extends Provenance {
  readonly id: string;
  readonly text: string;
  readonly span: Span;
  /** TimeML TIMEX3 type. */
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** Normalised value, or undefined when it could not be anchored (a diagnostic then says why). */
  readonly value?: string;
  readonly granularity: DateGranularity;
  /** Relation to the publication date. */
  readonly direction: 'past' | 'present' | 'future' | 'unknown';
  /** Whether the value depends on the publication date ("on Tuesday", "last year"). */
  readonly isRelative: boolean;
}
