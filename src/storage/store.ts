import type { AnalyzedDocument } from '../model/document.ts';
import type { CorpusStore } from './corpus-store.ts';
import type { Event } from '../model/event.ts';

/** Filters for full-text search; every field narrows the result. */
export interface SearchQuery {
  /** Full-text query; empty means "everything, newest first". */
  readonly text?: string;
  /** ISO date: only articles published on or after it. */
  readonly since?: string;
  readonly until?: string;
  /** Actor name or CAMEO code. */
  readonly actor?: string;
  /** Topic slug; a document has the topic when its score is at least `MIN_TOPIC_SCORE`. */
  readonly topic?: string;
  readonly source?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** Below this score a topic is background noise (most articles get a few points of most labels), not a filter match. */
export const MIN_TOPIC_SCORE = 0.15;

/** One search hit: enough to list it without loading the whole document. */
export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  readonly snippet: string;
  readonly score: number;
}

export interface SearchResult {
  /**
   * Matches that can be paged through. A text search ranks only the newest `RANKED_CANDIDATES` (1,000) matches, so
   * its total stops there and `isTotalCapped` is true when more documents match; listings without text are exact.
   */
  readonly total: number;
  /** True when more documents match than `total` counts (shown as "1000+"). */
  readonly isTotalCapped?: boolean;
  readonly hits: readonly SearchHit[];
}

/** What the store holds, for `tidings stats` and the UI. */
export interface StoreStats {
  readonly articles: number;
  readonly sources: number;
  readonly actors: number;
  readonly events: number;
  readonly stories: number;
  readonly duplicates: number;
}

/** An actor aggregated across stored documents, keyed by CAMEO code or canonical name. */
export interface ActorSummary {
  readonly key: string;
  readonly name: string;
  readonly kind: string;
  readonly code?: string;
  readonly country?: string;
  readonly documents: number;
  readonly events: number;
}

export interface ActorQuery {
  readonly text?: string;
  readonly limit?: number;
}

/** A stored event with the article it came from. */
export interface StoredEvent extends Event {
  readonly documentId: string;
  readonly published?: string;
  readonly source?: string;
  readonly sentenceText: string;
}

export interface EventQuery {
  /** Actor name or CAMEO code, as source or target. */
  readonly actor?: string;
  readonly since?: string;
  readonly until?: string;
  readonly rootCode?: string;
  readonly quadClass?: number;
  readonly documentId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** Result of storing one document: `inserted` is false when the same document was already there. */
export interface PutResult {
  readonly id: string;
  readonly inserted: boolean;
}

/**
 * The persistence seam. SQLite (embedded, default) and PostgreSQL implement it and pass one contract suite.
 * Every write is transactional: a document is stored whole or not at all.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  putDocument(doc: AnalyzedDocument): Promise<PutResult>;
  getDocument(id: string): Promise<AnalyzedDocument | undefined>;
  hasDocument(id: string): Promise<boolean>;
  search(query: SearchQuery): Promise<SearchResult>;
  stats(): Promise<StoreStats>;
  listActors(query: ActorQuery): Promise<readonly ActorSummary[]>;
  listEvents(query: EventQuery): Promise<readonly StoredEvent[]>;
  close(): Promise<void>;
  /** Duplicates, stories and watches, kept beside the documents. */
  readonly corpus: CorpusStore;
}
