/** Character offsets `[start, end)` into the original, untouched article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where an inferred annotation came from: the rule id or model name, and how sure it is (0..1). */
export interface Provenance {
  readonly rule: string;
  readonly confidence: number;
}
