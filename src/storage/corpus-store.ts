import type { CorpusArticle } from '../corpus/corpus-article.ts';
import type { Duplicate, StoryChange } from '../model/story.ts';
import type { Watch } from '../model/watch.ts';

/** What ingest records for one new article: its corpus features, the copy it is of, and the story it joined. */
export interface CorpusRecord {
  readonly article: CorpusArticle;
  readonly duplicate?: Duplicate;
  readonly storyId: string;
  /** Why it joined: the decayed similarity and the terms that carried the match. */
  readonly similarity: number;
  readonly sharedTerms: readonly string[];
  /** When it was seen: the publication date, else the ingest time (ISO). */
  readonly seenAt: string;
  readonly tone?: number;
}

/** A corpus article as reloaded to rebuild the in-memory indexes, in arrival order. */
export interface StoredCorpusArticle {
  /** Arrival order across every process writing the store: a process catches up by asking for what came after. */
  readonly seq: number;
  readonly article: CorpusArticle;
  readonly storyId: string;
  readonly headline: string;
  readonly originalId?: string;
}

/**
 * A saved copy of the in-memory duplicate and story indexes: it covers every corpus article up to `seq`, under the
 * stories `generation` it was built from (a re-clustering makes it useless).
 */
export interface CorpusSnapshot {
  readonly seq: number;
  readonly generation: number;
  readonly bytes: Uint8Array;
}

/** One stored piece of a snapshot: PostgreSQL keeps it in 1 MiB parts, which node-pg reads much faster than huge values. */
export interface CorpusSnapshotPart {
  readonly part: number;
  readonly parts: number;
  readonly seq: number;
  readonly generation: number;
  readonly bytes: Uint8Array;
}

/** Splits a snapshot into the rows a store writes, of at most `partBytes` each. */
export function snapshotParts(snapshot: CorpusSnapshot, partBytes = 2 ** 20): CorpusSnapshotPart[] {
  const parts = Math.max(1, Math.ceil(snapshot.bytes.byteLength / partBytes));
  return Array.from({ length: parts }, (_, part) => ({
    part, parts, seq: snapshot.seq, generation: snapshot.generation,
    bytes: snapshot.bytes.subarray(part * partBytes, (part + 1) * partBytes),
  }));
}

/** Joins the rows read back (in part order, by one statement); undefined unless they are one complete snapshot. */
export function joinSnapshotParts(rows: readonly CorpusSnapshotPart[]): CorpusSnapshot | undefined {
  const first = rows[0];
  if (!first || rows.length !== first.parts) return undefined;
  if (rows.some((row, i) => row.part !== i || row.seq !== first.seq || row.generation !== first.generation)) return undefined;
  // A view, not a copy (a driver's Buffer becomes a plain Uint8Array over the same bytes).
  if (rows.length === 1) return { seq: first.seq, generation: first.generation, bytes: new Uint8Array(first.bytes.buffer, first.bytes.byteOffset, first.bytes.byteLength) };
  const bytes = new Uint8Array(rows.reduce((sum, row) => sum + row.bytes.byteLength, 0));
  let offset = 0;
  for (const row of rows) {
    bytes.set(row.bytes, offset);
    offset += row.bytes.byteLength;
  }
  return { seq: first.seq, generation: first.generation, bytes };
}

/** Whether a stored snapshot is at least as recent as one about to be saved (so saving it would go backwards). */
export function isSnapshotAsRecent(stored: { readonly seq: number; readonly generation: number } | undefined, incoming: CorpusSnapshot): boolean {
  return stored !== undefined && (stored.generation > incoming.generation || (stored.generation === incoming.generation && stored.seq >= incoming.seq));
}

/** A story in listings. */
export interface StorySummary {
  readonly id: string;
  readonly headline: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly articles: number;
  /** Distinct outlets (copies count once). */
  readonly sources: number;
}

/** One article of a story, with how it got there. */
export interface StoryMember {
  readonly id: string;
  readonly title: string;
  readonly source?: string;
  readonly published?: string;
  readonly seenAt: string;
  readonly similarity: number;
  readonly sharedTerms: readonly string[];
  readonly duplicate?: Duplicate;
}

export interface StoryDetail extends StorySummary {
  readonly members: readonly StoryMember[];
  /** What re-clustering did to it: stories merged into it, articles split off, and the old id asked for if merged. */
  readonly changes?: readonly StoryChange[];
}

/** A re-clustering to store in place of the current stories. */
export interface StoryReplacement {
  readonly stories: readonly { readonly id: string; readonly headline: string; readonly documentIds: readonly string[] }[];
  readonly duplicates: readonly Duplicate[];
  /** Merges and splits against the stories replaced, appended to the change log. */
  readonly changes?: readonly StoryChange[];
}

/**
 * Cross-document tables (duplicates, stories, watches), kept beside the documents in the same store. Implementations
 * live in each store's folder (sqlite-corpus-tables.ts, pg-corpus-tables.ts) and pass corpus-store.contract.ts.
 */
export interface CorpusStore {
  /** Stores one article's record and returns its arrival `seq`. */
  putCorpusRecord(record: CorpusRecord): Promise<number>;
  /** Corpus articles in arrival order; with `afterSeq`, only those that arrived after it. */
  loadCorpusArticles(afterSeq?: number): Promise<readonly StoredCorpusArticle[]>;
  /** Replaces every story and duplicate link, and bumps `storiesGeneration`. */
  replaceStories(replacement: StoryReplacement): Promise<void>;
  /** Changes whenever stories are replaced wholesale, so a process holding them in memory knows to reload. */
  storiesGeneration(): Promise<number>;
  /** The saved index snapshot, whatever its generation (the caller compares it with the current one). */
  loadCorpusSnapshot(): Promise<CorpusSnapshot | undefined>;
  /**
   * Replaces the saved snapshot in one transaction (a crash leaves the old one or the new one), unless the stored one
   * is at least as recent; false then. `replaceStories` drops it, since a re-clustering makes it useless.
   */
  saveCorpusSnapshot(snapshot: CorpusSnapshot): Promise<boolean>;
  /**
   * Runs `step` as the only corpus writer among all processes sharing the store (PostgreSQL: an advisory lock held
   * for one transaction), with tables bound to that step: what it reads, decides and writes is one atomic step.
   * A store written by one process only (SQLite) just runs it.
   */
  exclusive<T>(step: (corpus: CorpusStore) => Promise<T>): Promise<T>;
  listStories(query: { readonly since?: string; readonly limit?: number }): Promise<readonly StorySummary[]>;
  /** A story by id; an id retired by a merge resolves to the story it was merged into. */
  getStory(id: string): Promise<StoryDetail | undefined>;
  /** The change log of re-clusterings, all of it or the entries naming one story (either side). */
  listStoryChanges(storyId?: string): Promise<readonly StoryChange[]>;
  /** The story an article is in, if it has been clustered. */
  storyIdOf(documentId: string): Promise<string | undefined>;
  /** Ids of articles that copy or rewrite another (their events and facts count with the original). */
  listCopies(): Promise<ReadonlySet<string>>;
  /** Tone and first-seen time per article id, for dyad curves (the day falls back to when an article was seen). */
  articleSignals(ids: readonly string[]): Promise<ReadonlyMap<string, { readonly tone?: number; readonly seenAt: string }>>;
  putWatch(watch: Watch): Promise<void>;
  listWatches(): Promise<readonly Watch[]>;
  /** Removes a watch by id or name; false when there was none. */
  removeWatch(idOrName: string): Promise<boolean>;
  /** Records that a watch matched an article; false when it had already been reported. */
  recordWatchMatch(watchId: string, documentId: string, at: string): Promise<boolean>;
}
