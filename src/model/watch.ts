/** A saved query evaluated on every ingest; every field narrows (all given fields must match). */
export interface WatchQuery {
  /** Actor names or CAMEO code prefixes (any may match). */
  readonly actors?: readonly string[];
  /** CAMEO event code prefixes (any may match). */
  readonly eventCodes?: readonly string[];
  /** Place names or ISO-3 country codes (any may match). */
  readonly places?: readonly string[];
  readonly topics?: readonly string[];
  /** Words that must all occur in the text (case-insensitive). */
  readonly text?: string;
}

/** Where a watch reports its matches. */
export type WatchOutput =
  | { readonly kind: 'stdout' }
  | { readonly kind: 'jsonl'; readonly path: string }
  | { readonly kind: 'webhook'; readonly url: string };

export interface Watch {
  readonly id: string;
  readonly name: string;
  readonly query: WatchQuery;
  readonly output: WatchOutput;
  readonly createdAt: string;
}

/** A new article matching a watch, with what matched. */
export interface WatchMatch {
  readonly watchId: string;
  readonly watchName: string;
  readonly documentId: string;
  readonly title: string;
  readonly url?: string;
  readonly published?: string;
  readonly reasons: readonly string[];
}
