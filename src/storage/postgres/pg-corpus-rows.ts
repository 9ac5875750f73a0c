import type { CorpusArticle } from '../../corpus/corpus-article.ts';
import type { Duplicate, DuplicateKind, StoryChange } from '../../model/story.ts';
import type { Watch } from '../../model/watch.ts';
import type { CorpusRecord, StoryMember, StorySummary } from '../corpus-store.ts';

/** A `corpus_articles` row joined with its duplicate link (and, when reloading, its story's headline). */
export interface PgArticleRow {
  seq: string;
  document_id: string;
  published: Date | null;
  seen_at: string;
  title: string;
  source: string | null;
  wire: string | null;
  exact_hash: string;
  signature: Buffer;
  word_count: number;
  facts: string[];
  terms: [string, number][];
  story_id: string;
  similarity: number;
  shared_terms: string[];
  headline: string | null;
  original_id: string | null;
  kind: DuplicateKind | null;
  dup_similarity: number | null;
}

export interface PgStoryRow {
  id: string;
  headline: string;
  first_seen: string;
  last_seen: string;
  articles: number;
  sources: string;
}

export interface PgChangeRow {
  seq: string;
  story_id: string;
  kind: StoryChange['kind'];
  other_id: string;
  articles: number;
  at: Date;
}

export interface PgWatchRow {
  id: string;
  name: string;
  query: Watch['query'];
  output: Watch['output'];
  created_at: Date;
}

/** The parameters of a `corpus_articles` insert ($1…$15), in column order. */
export function pgArticleValues(record: CorpusRecord): unknown[] {
  const { article } = record;
  const published = article.published === undefined ? null : new Date(article.published).toISOString();
  const signature = Buffer.from(article.signature.buffer, article.signature.byteOffset, article.signature.byteLength);
  // Terms as [term, count] pairs: a JSON array keeps the order the clusterer saw (JSONB objects reorder keys).
  return [
    article.id, published, record.seenAt, article.title, article.source ?? null, article.exactHash, signature,
    article.length, JSON.stringify(article.facts), JSON.stringify([...article.terms]), record.tone ?? null,
    record.storyId, record.similarity, JSON.stringify(record.sharedTerms), article.wire ?? null,
  ];
}

/** Rebuilds the in-memory corpus features from a row. */
export function pgArticleOf(row: PgArticleRow): CorpusArticle {
  const bytes = row.signature;
  return {
    id: row.document_id,
    ...(row.published ? { published: row.published.getTime() } : {}),
    title: row.title,
    ...(row.source ? { source: row.source } : {}),
    ...(row.wire ? { wire: row.wire } : {}),
    exactHash: row.exact_hash,
    signature: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    length: row.word_count,
    facts: row.facts,
    terms: new Map(row.terms),
  };
}

export function pgSummaryOf(row: PgStoryRow): StorySummary {
  return { id: row.id, headline: row.headline, firstSeen: row.first_seen, lastSeen: row.last_seen, articles: row.articles, sources: Number(row.sources) };
}

export function pgMemberOf(row: PgArticleRow): StoryMember {
  const duplicate: Duplicate | undefined = row.original_id && row.kind
    ? { documentId: row.document_id, originalId: row.original_id, kind: row.kind, similarity: row.dup_similarity ?? 0 }
    : undefined;
  return {
    id: row.document_id,
    title: row.title,
    ...(row.source ? { source: row.source } : {}),
    ...(row.published ? { published: row.published.toISOString() } : {}),
    seenAt: row.seen_at,
    similarity: row.similarity,
    sharedTerms: row.shared_terms,
    ...(duplicate ? { duplicate } : {}),
  };
}

export function pgWatchOf(row: PgWatchRow): Watch {
  return { id: row.id, name: row.name, query: row.query, output: row.output, createdAt: row.created_at.toISOString() };
}

export function pgChangeOf(row: PgChangeRow): StoryChange {
  return { storyId: row.story_id, kind: row.kind, otherId: row.other_id, articles: row.articles, at: row.at.toISOString() };
}
