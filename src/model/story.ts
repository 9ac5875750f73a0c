/** How one article relates to an earlier one. */
export type DuplicateKind = 'exact' | 'near' | 'derivative';

export interface Duplicate {
  readonly documentId: string;
  readonly originalId: string;
  readonly kind: DuplicateKind;
  readonly similarity: number;
}

/** Articles about the same real-world happening. */
export interface Story {
  readonly id: string;
  readonly headline: string;
  readonly documentIds: readonly string[];
  readonly firstSeen: string;
  readonly lastSeen: string;
}
