/** One article's backing of a fact: the sentence that states it and the independent source it traces back to. */
export interface FactSupport {
  readonly documentId: string;
  /** The independent source this support counts as: a quoted agency (`TASS`), else the original article's outlet. */
  readonly source: string;
  readonly sentence: string;
  /** The value this article gives (a date, a number, a modality), when the fact has one. */
  readonly value?: string;
}

/** Articles disagreeing on one field of a fact: 5,000 vs 6,000 workers; 17 vs 18 June; met vs denied. */
export interface FactContradiction {
  readonly field: 'date' | 'value' | 'modality';
  readonly values: readonly { readonly value: string; readonly documentIds: readonly string[] }[];
}

/** An event, claim or figure merged across a story's articles, with how many independent sources stand behind it. */
export interface Fact {
  readonly id: string;
  readonly kind: 'event' | 'claim' | 'quantity';
  readonly summary: string;
  readonly code?: string;
  readonly sourceCode?: string;
  readonly targetCode?: string;
  readonly date?: string;
  readonly supports: readonly FactSupport[];
  readonly independentSources: readonly string[];
  readonly contradictions: readonly FactContradiction[];
}
