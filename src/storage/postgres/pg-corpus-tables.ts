import type { Pool, PoolClient, QueryConfig } from 'pg';
import type { StoryChange } from '../../model/story.ts';
import type { Watch } from '../../model/watch.ts';
import {
  isSnapshotAsRecent, joinSnapshotParts, snapshotParts,
  type CorpusRecord, type CorpusSnapshot, type CorpusStore, type StoredCorpusArticle, type StoryDetail, type StoryReplacement,
  type StorySummary,
} from '../corpus-store.ts';
import {
  pgArticleOf, pgArticleValues, pgChangeOf, pgMemberOf, pgSummaryOf, pgWatchOf,
  type PgArticleRow, type PgChangeRow, type PgStoryRow, type PgWatchRow,
} from './pg-corpus-rows.ts';
import { storiesOfUnplaced, type PlacedArticle } from '../stories-of-unplaced.ts';
import { inPgTransaction } from './pg-transaction.ts';

// Advisory locks are database-wide: the key includes the schema, so tenants and test runs sharing a database do not
// wait on each other.
const LOCK_CORPUS = `SELECT pg_advisory_xact_lock(hashtextextended('tidings.corpus.' || current_schema(), 0))`;

// Snapshot writers wait on each other only, not on ingest: a snapshot covers articles already committed.
const LOCK_SNAPSHOT = `SELECT pg_advisory_xact_lock(hashtextextended('tidings.corpus-snapshot.' || current_schema(), 0))`;

const STORY_COLUMNS = `s.id, s.headline, s.first_seen, s.last_seen, s.articles,
  (SELECT count(DISTINCT lower(coalesce(c.wire, c.source, c.document_id))) FROM corpus_articles c
    LEFT JOIN duplicates d ON d.document_id = c.document_id
    WHERE c.story_id = s.id AND d.document_id IS NULL) AS sources`;

const ARTICLE_COLUMNS = 'c.*, d.original_id, d.kind, d.similarity AS dup_similarity';

/**
 * The corpus tables of a PostgreSQL store (migration 002). Many worker processes write them at once, so every
 * corpus write takes one advisory lock for its transaction; `exclusive` holds it across a whole catch-up-decide-write
 * step, with tables bound to that transaction.
 */
export class PostgresCorpusTables implements CorpusStore {
  constructor(private readonly pool: Pool, private readonly locked?: PoolClient) {}

  async putCorpusRecord(record: CorpusRecord): Promise<number> {
    // One statement for the three rows: every round trip is time the corpus lock is held while other workers wait.
    const { duplicate } = record;
    const values = [...pgArticleValues(record), duplicate?.documentId ?? null, duplicate?.originalId ?? null, duplicate?.kind ?? null, duplicate?.similarity ?? null];
    return this.#write(async (client) => {
      const { rows } = await client.query<{ seq: string }>(
        `WITH article AS (
           INSERT INTO corpus_articles (document_id, published, seen_at, title, source, exact_hash, signature,
             word_count, facts, terms, tone, story_id, similarity, shared_terms, wire)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
           ON CONFLICT (document_id) DO UPDATE SET (published, seen_at, title, source, exact_hash, signature, word_count,
             facts, terms, tone, story_id, similarity, shared_terms, wire) = (EXCLUDED.published, EXCLUDED.seen_at,
             EXCLUDED.title, EXCLUDED.source, EXCLUDED.exact_hash, EXCLUDED.signature, EXCLUDED.word_count,
             EXCLUDED.facts, EXCLUDED.terms, EXCLUDED.tone, EXCLUDED.story_id, EXCLUDED.similarity, EXCLUDED.shared_terms,
             EXCLUDED.wire)
           RETURNING seq
         ), duplicate AS (
           INSERT INTO duplicates (document_id, original_id, kind, similarity)
           SELECT $16, $17, $18, $19 WHERE $16::text IS NOT NULL
           ON CONFLICT (document_id) DO UPDATE SET original_id = EXCLUDED.original_id, kind = EXCLUDED.kind, similarity = EXCLUDED.similarity
         ), story AS (
           INSERT INTO stories (id, headline, first_seen, last_seen, articles) VALUES ($12, $4, $3, $3, 1)
           ON CONFLICT (id) DO UPDATE SET
             first_seen = least(stories.first_seen, EXCLUDED.first_seen),
             headline = CASE WHEN EXCLUDED.first_seen < stories.first_seen THEN EXCLUDED.headline ELSE stories.headline END,
             last_seen = greatest(stories.last_seen, EXCLUDED.last_seen),
             articles = stories.articles + 1
         )
         SELECT seq FROM article`,
        values,
      );
      return Number(rows[0]?.seq);
    });
  }

  async loadCorpusArticles(afterSeq = 0): Promise<readonly StoredCorpusArticle[]> {
    const { rows } = await this.#db.query<PgArticleRow>(
      `SELECT ${ARTICLE_COLUMNS}, s.headline FROM corpus_articles c
       LEFT JOIN stories s ON s.id = c.story_id LEFT JOIN duplicates d ON d.document_id = c.document_id
       WHERE c.seq > $1 ORDER BY c.seq`,
      [afterSeq],
    );
    return rows.map((row) => ({
      seq: Number(row.seq),
      article: pgArticleOf(row),
      storyId: row.story_id,
      headline: row.headline ?? row.title,
      ...(row.original_id ? { originalId: row.original_id } : {}),
    }));
  }

  async replaceStories(replacement: StoryReplacement): Promise<void> {
    await this.#write(async (client) => {
      const { rows } = await client.query<PlacedArticle>('SELECT document_id, story_id, title, seen_at FROM corpus_articles ORDER BY seen_at, seq');
      const seenAt = new Map(rows.map((row) => [row.document_id, row.seen_at]));
      await client.query('DELETE FROM duplicates');
      await client.query('DELETE FROM stories');
      await client.query('DELETE FROM corpus_snapshot');
      const stories = replacement.stories.map((story) => {
        const times = story.documentIds.map((id) => seenAt.get(id) ?? '').filter(Boolean).sort();
        return { ...story, first: times[0] ?? '', last: times.at(-1) ?? '' };
      });
      await client.query(
        `INSERT INTO stories (id, headline, first_seen, last_seen, articles)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])`,
        [stories.map((s) => s.id), stories.map((s) => s.headline), stories.map((s) => s.first), stories.map((s) => s.last), stories.map((s) => s.documentIds.length)],
      );
      const members = stories.flatMap((s) => s.documentIds.map((id) => [id, s.id] as const));
      await client.query(
        `UPDATE corpus_articles c SET story_id = m.story_id, similarity = 0, shared_terms = '[]'
         FROM unnest($1::text[], $2::text[]) AS m(document_id, story_id) WHERE c.document_id = m.document_id`,
        [members.map(([id]) => id), members.map(([, story]) => story)],
      );
      const { duplicates } = replacement;
      await client.query(
        `INSERT INTO duplicates (document_id, original_id, kind, similarity)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[]) ON CONFLICT (document_id) DO NOTHING`,
        [duplicates.map((d) => d.documentId), duplicates.map((d) => d.originalId), duplicates.map((d) => d.kind), duplicates.map((d) => d.similarity)],
      );
      const changes = replacement.changes ?? [];
      await client.query(
        `INSERT INTO story_changes (story_id, kind, other_id, articles, at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::timestamptz[])`,
        [changes.map((c) => c.storyId), changes.map((c) => c.kind), changes.map((c) => c.otherId), changes.map((c) => c.articles), changes.map((c) => c.at)],
      );
      const kept = storiesOfUnplaced(rows, replacement);
      await client.query(
        `INSERT INTO stories (id, headline, first_seen, last_seen, articles)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
         ON CONFLICT (id) DO UPDATE SET first_seen = least(stories.first_seen, EXCLUDED.first_seen),
           last_seen = greatest(stories.last_seen, EXCLUDED.last_seen), articles = stories.articles + EXCLUDED.articles`,
        [kept.map((s) => s.id), kept.map((s) => s.headline), kept.map((s) => s.firstSeen), kept.map((s) => s.lastSeen), kept.map((s) => s.articles)],
      );
      await client.query('UPDATE stories_generation SET generation = generation + 1');
    });
  }

  async storiesGeneration(): Promise<number> {
    const { rows } = await this.#db.query<{ generation: string }>('SELECT generation FROM stories_generation');
    return Number(rows[0]?.generation ?? 0);
  }

  async loadCorpusSnapshot(): Promise<CorpusSnapshot | undefined> {
    // One statement, so the parts read are those of one committed snapshot even while another process replaces it.
    // Binary results: the bytes arrive as they are, not as hex text to parse (the numbers come as text, cast).
    const query: QueryConfig & { readonly binary: boolean } = {
      text: 'SELECT part::text, parts::text, seq::text, generation::text, bytes FROM corpus_snapshot c ORDER BY c.part',
      binary: true,
    };
    const { rows } = await this.#db.query<{ part: string; parts: string; seq: string; generation: string; bytes: Buffer }>(query);
    return joinSnapshotParts(rows.map((row) => ({
      part: Number(row.part), parts: Number(row.parts), seq: Number(row.seq), generation: Number(row.generation), bytes: row.bytes,
    })));
  }

  async saveCorpusSnapshot(snapshot: CorpusSnapshot): Promise<boolean> {
    const save = async (client: PoolClient) => {
      const { rows } = await client.query<{ seq: string; generation: string }>('SELECT seq, generation FROM corpus_snapshot WHERE part = 0');
      const stored = rows[0] ? { seq: Number(rows[0].seq), generation: Number(rows[0].generation) } : undefined;
      if (isSnapshotAsRecent(stored, snapshot)) return false;
      await client.query('DELETE FROM corpus_snapshot');
      for (const row of snapshotParts(snapshot)) {
        await client.query(
          'INSERT INTO corpus_snapshot (part, parts, seq, generation, bytes) VALUES ($1, $2, $3, $4, $5)',
          [row.part, row.parts, row.seq, row.generation, Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength)],
        );
      }
      return true;
    };
    if (this.locked) return save(this.locked);
    return inPgTransaction(this.pool, save, LOCK_SNAPSHOT);
  }

  async exclusive<T>(step: (corpus: CorpusStore) => Promise<T>): Promise<T> {
    if (this.locked) return step(this);
    return inPgTransaction(this.pool, async (client) => step(new PostgresCorpusTables(this.pool, client)), LOCK_CORPUS);
  }

  async listStories(query: { readonly since?: string; readonly limit?: number }): Promise<readonly StorySummary[]> {
    const { rows } = await this.#db.query<PgStoryRow>(
      `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.last_seen >= $1 ORDER BY s.last_seen DESC, s.articles DESC, s.id LIMIT $2`,
      [query.since ?? '', query.limit ?? 50],
    );
    return rows.map(pgSummaryOf);
  }

  async getStory(id: string): Promise<StoryDetail | undefined> {
    // An id retired by a merge leads, through the change log, to the story that holds its articles now.
    const followed: string[] = [];
    let row = await this.#storyRow(id);
    let current: string | undefined = id;
    while (!row && current !== undefined && followed.length < 20) {
      followed.push(current);
      const merged: { rows: { other_id: string }[] } = await this.#db.query<{ other_id: string }>(
        `SELECT other_id FROM story_changes WHERE story_id = $1 AND kind = 'merged' ORDER BY at DESC, articles DESC, seq LIMIT 1`,
        [current],
      );
      current = merged.rows[0]?.other_id;
      row = current === undefined ? undefined : await this.#storyRow(current);
    }
    if (!row) return undefined;
    const members = await this.#db.query<PgArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM corpus_articles c LEFT JOIN duplicates d ON d.document_id = c.document_id
       WHERE c.story_id = $1 ORDER BY c.seen_at, c.seq`,
      [row.id],
    );
    const changes = await this.#changesOf([row.id, ...followed]);
    return { ...pgSummaryOf(row), members: members.rows.map(pgMemberOf), ...(changes.length > 0 ? { changes } : {}) };
  }

  async listStoryChanges(storyId?: string): Promise<readonly StoryChange[]> {
    if (storyId !== undefined) return this.#changesOf([storyId]);
    const { rows } = await this.#db.query<PgChangeRow>('SELECT * FROM story_changes ORDER BY seq');
    return rows.map(pgChangeOf);
  }

  async storyIdOf(documentId: string): Promise<string | undefined> {
    const { rows } = await this.#db.query<{ story_id: string }>('SELECT story_id FROM corpus_articles WHERE document_id = $1', [documentId]);
    return rows[0]?.story_id;
  }

  async listCopies(): Promise<ReadonlySet<string>> {
    const { rows } = await this.#db.query<{ document_id: string }>('SELECT document_id FROM duplicates');
    return new Set(rows.map((row) => row.document_id));
  }

  async articleSignals(ids: readonly string[]): Promise<ReadonlyMap<string, { readonly tone?: number; readonly seenAt: string }>> {
    const { rows } = await this.#db.query<{ document_id: string; tone: number | null; seen_at: string }>(
      'SELECT document_id, tone, seen_at FROM corpus_articles WHERE document_id = ANY($1::text[])',
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.document_id, { seenAt: row.seen_at, ...(row.tone === null ? {} : { tone: row.tone }) }]));
  }

  async putWatch(watch: Watch): Promise<void> {
    // As SQLite's INSERT OR REPLACE: the new watch takes over its id and its name.
    await this.#write(async (client) => {
      await client.query('DELETE FROM watches WHERE name = $1 AND id <> $2', [watch.name, watch.id]);
      await client.query(
        `INSERT INTO watches (id, name, query, output, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, query = EXCLUDED.query, output = EXCLUDED.output, created_at = EXCLUDED.created_at`,
        [watch.id, watch.name, JSON.stringify(watch.query), JSON.stringify(watch.output), watch.createdAt],
      );
    }, { lock: false });
  }

  async listWatches(): Promise<readonly Watch[]> {
    const { rows } = await this.#db.query<PgWatchRow>('SELECT * FROM watches ORDER BY created_at, id');
    return rows.map(pgWatchOf);
  }

  async removeWatch(idOrName: string): Promise<boolean> {
    // watch_matches go with their watch (ON DELETE CASCADE).
    const { rowCount } = await this.#db.query('DELETE FROM watches WHERE id = $1 OR name = $1', [idOrName]);
    return (rowCount ?? 0) > 0;
  }

  async recordWatchMatch(watchId: string, documentId: string, at: string): Promise<boolean> {
    const { rowCount } = await this.#db.query(
      'INSERT INTO watch_matches (watch_id, document_id, matched_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [watchId, documentId, at],
    );
    return (rowCount ?? 0) > 0;
  }

  async #storyRow(id: string): Promise<PgStoryRow | undefined> {
    return (await this.#db.query<PgStoryRow>(`SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = $1`, [id])).rows[0];
  }

  async #changesOf(storyIds: readonly string[]): Promise<StoryChange[]> {
    const { rows } = await this.#db.query<PgChangeRow>(
      'SELECT * FROM story_changes WHERE story_id = ANY($1::text[]) OR other_id = ANY($1::text[]) ORDER BY seq',
      [storyIds],
    );
    return rows.map(pgChangeOf);
  }

  get #db(): Pool | PoolClient {
    return this.locked ?? this.pool;
  }

  /** Runs a write in one transaction; corpus writes also take the corpus lock (already held inside `exclusive`). */
  async #write<T>(work: (client: PoolClient) => Promise<T>, options: { readonly lock: boolean } = { lock: true }): Promise<T> {
    if (this.locked) return work(this.locked);
    return inPgTransaction(this.pool, work, options.lock ? LOCK_CORPUS : undefined);
  }
}
