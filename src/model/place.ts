import type { Span } from './span.ts';

export type PlacePrecision = 'country' | 'region' | 'city' | 'point' | 'area';

/** A resolved location. Unresolved place names become diagnostics, not guesses. */
export interface Place {
  readonly id: string;
  readonly name: string;
  readonly mentions: readonly Span[];
  /** ISO 3166-1 alpha-3 code. */
  readonly country?: string;
  /** First-level administrative region, e.g. "Kursk Oblast". */
  readonly region?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly precision: PlacePrecision;
}
