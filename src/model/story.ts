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

/**
 * How a re-clustering changed a story, so an old link can be followed and explained: `merged` — the story's id was
 * retired and its articles now live in `otherId`; `split` — the story kept its id but `articles` of them moved to
 * `otherId`.
 */
export interface StoryChange {
  readonly storyId: string;
  readonly kind: 'merged' | 'split';
  readonly otherId: string;
  readonly articles: number;
  /** When the re-clustering ran (ISO). */
  readonly at: string;
}
