import type { Provenance, Span } from './span.ts';

export type QuantityCategory =
  | 'personnel' | 'killed' | 'wounded' | 'casualties' | 'arrests' | 'displaced' | 'money' | 'weapons'
  | 'area' | 'percentage' | 'duration' | 'other';

/** A number with what it counts: "3,000 army engineers" (personnel). */
export interface Quantity extends Provenance {
  readonly id: string;
  readonly text: string;
  readonly span: Span;
  readonly value: number;
  /** Upper bound for ranges ("3,000 to 5,000"). */
  readonly max?: number;
  readonly approximation?: 'about' | 'at-least' | 'at-most' | 'up-to' | 'more-than' | 'less-than' | 'exact';
  /** What is counted, e.g. "army engineers". */
  readonly unit: string;
  readonly category: QuantityCategory;
  /** ISO 4217 currency for money. */
  readonly currency?: string;
}
