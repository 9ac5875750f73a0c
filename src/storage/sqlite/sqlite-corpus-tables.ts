import type Database from 'better-sqlite3';
import type { CorpusArticle } from '../../corpus/corpus-article.ts';
import type { Duplicate, DuplicateKind, StoryChange } from '../../model/story.ts';
import type { Watch } from '../../model/watch.ts';
import {
  isSnapshotAsRecent, joinSnapshotParts, snapshotParts,
  type CorpusRecord, type CorpusSnapshot, type CorpusSnapshotPart, type CorpusStore, type StoredCorpusArticle, type StoryDetail,
  type StoryMember, type StoryReplacement, type StorySummary,
} from '../corpus-store.ts';
import { storiesOfUnplaced, type PlacedArticle } from '../stories-of-unplaced.ts';

interface ArticleRow {
  seq: number;
  document_id: string;
  published: string | null;
  seen_at: string;
  title: string;
  source: string | null;
  wire: string | null;
  exact_hash: string;
  signature: Buffer;
  word_count: number;
  facts: string;
  terms: string;
  story_id: string;
  similarity: number;
  shared_terms: string;
  headline: string | null;
  original_id: string | null;
  kind: string | null;
  dup_similarity: number | null;
}

interface StoryRow {
  id: string;
  headline: string;
  first_seen: string;
  last_seen: string;
  articles: number;
  sources: number;
}

interface ChangeRow {
  seq: number;
  story_id: string;
  kind: string;
  other_id: string;
  articles: number;
  at: string;
}

const STORY_COLUMNS = `s.id, s.headline, s.first_seen, s.last_seen, s.articles,
  (SELECT count(DISTINCT lower(coalesce(c.wire, c.source, c.document_id))) FROM corpus_articles c
    LEFT JOIN duplicates d ON d.document_id = c.document_id
    WHERE c.story_id = s.id AND d.document_id IS NULL) AS sources`;

/**
 * The corpus tables of a SQLite store (migration 002): duplicates, stories, watches and per-article features. One
 * process ingests into a SQLite store, so `exclusive` needs no lock.
 */
export class SqliteCorpusTables implements CorpusStore {
  constructor(private readonly db: Database.Database) {}

  async putCorpusRecord(record: CorpusRecord): Promise<number> {
    const { article, duplicate } = record;
    const write = this.db.transaction(() => {
      const { lastInsertRowid } = this.db.prepare(
        `INSERT OR REPLACE INTO corpus_articles (document_id, published, seen_at, title, source, exact_hash, signature,
           word_count, facts, terms, tone, story_id, similarity, shared_terms, wire)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        article.id, article.published === undefined ? null : new Date(article.published).toISOString(), record.seenAt,
        article.title, article.source ?? null, article.exactHash, Buffer.from(article.signature.buffer, article.signature.byteOffset, article.signature.byteLength),
        article.length, JSON.stringify(article.facts), JSON.stringify(Object.fromEntries(article.terms)), record.tone ?? null,
        record.storyId, record.similarity, JSON.stringify(record.sharedTerms), article.wire ?? null,
      );
      if (duplicate) {
        this.db.prepare('INSERT OR REPLACE INTO duplicates (document_id, original_id, kind, similarity) VALUES (?, ?, ?, ?)')
          .run(duplicate.documentId, duplicate.originalId, duplicate.kind, duplicate.similarity);
      }
      this.db.prepare(
        `INSERT INTO stories (id, headline, first_seen, last_seen, articles) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT (id) DO UPDATE SET
           first_seen = CASE WHEN excluded.first_seen < stories.first_seen THEN excluded.first_seen ELSE stories.first_seen END,
           headline = CASE WHEN excluded.first_seen < stories.first_seen THEN excluded.headline ELSE stories.headline END,
           last_seen = CASE WHEN excluded.last_seen > stories.last_seen THEN excluded.last_seen ELSE stories.last_seen END,
           articles = stories.articles + 1`,
      ).run(record.storyId, article.title, record.seenAt, record.seenAt);
      return Number(lastInsertRowid);
    });
    return write.immediate();
  }

  async loadCorpusArticles(afterSeq = 0): Promise<readonly StoredCorpusArticle[]> {
    const rows = this.db.prepare<[number], ArticleRow>(
      `SELECT c.*, s.headline, d.original_id, d.kind, d.similarity AS dup_similarity FROM corpus_articles c
       LEFT JOIN stories s ON s.id = c.story_id LEFT JOIN duplicates d ON d.document_id = c.document_id
       WHERE c.seq > ? ORDER BY c.seq`,
    ).all(afterSeq);
    return rows.map((row) => ({
      seq: row.seq,
      article: articleOf(row),
      storyId: row.story_id,
      headline: row.headline ?? row.title,
      ...(row.original_id ? { originalId: row.original_id } : {}),
    }));
  }

  async replaceStories(replacement: StoryReplacement): Promise<void> {
    const write = this.db.transaction(() => {
      const articles = this.db.prepare<[], PlacedArticle>('SELECT document_id, story_id, title, seen_at FROM corpus_articles ORDER BY seen_at, seq').all();
      const seenAt = new Map(articles.map((row) => [row.document_id, row.seen_at]));
      this.db.exec('DELETE FROM stories; DELETE FROM duplicates; DELETE FROM corpus_snapshot');
      const setStory = this.db.prepare('UPDATE corpus_articles SET story_id = ?, similarity = 0, shared_terms = ? WHERE document_id = ?');
      const insertStory = this.db.prepare('INSERT INTO stories (id, headline, first_seen, last_seen, articles) VALUES (?, ?, ?, ?, ?)');
      for (const story of replacement.stories) {
        const times = story.documentIds.map((id) => seenAt.get(id) ?? '').filter(Boolean).sort();
        insertStory.run(story.id, story.headline, times[0] ?? '', times.at(-1) ?? '', story.documentIds.length);
        for (const id of story.documentIds) setStory.run(story.id, '[]', id);
      }
      const insertDuplicate = this.db.prepare('INSERT OR REPLACE INTO duplicates (document_id, original_id, kind, similarity) VALUES (?, ?, ?, ?)');
      for (const d of replacement.duplicates) insertDuplicate.run(d.documentId, d.originalId, d.kind, d.similarity);
      const insertChange = this.db.prepare('INSERT INTO story_changes (story_id, kind, other_id, articles, at) VALUES (?, ?, ?, ?, ?)');
      for (const c of replacement.changes ?? []) insertChange.run(c.storyId, c.kind, c.otherId, c.articles, c.at);
      const keepStory = this.db.prepare(
        `INSERT INTO stories (id, headline, first_seen, last_seen, articles) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET
           first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen), articles = articles + excluded.articles`,
      );
      for (const story of storiesOfUnplaced(articles, replacement)) keepStory.run(story.id, story.headline, story.firstSeen, story.lastSeen, story.articles);
      // The header's application slot counts generations: transactional, and no table to migrate.
      this.db.pragma(`user_version = ${this.#generation() + 1}`);
    });
    write.immediate();
  }

  async storiesGeneration(): Promise<number> {
    return this.#generation();
  }

  async loadCorpusSnapshot(): Promise<CorpusSnapshot | undefined> {
    return joinSnapshotParts(this.db.prepare<[], CorpusSnapshotPart>('SELECT part, parts, seq, generation, bytes FROM corpus_snapshot ORDER BY part').all());
  }

  async saveCorpusSnapshot(snapshot: CorpusSnapshot): Promise<boolean> {
    const write = this.db.transaction(() => {
      const stored = this.db.prepare<[], { seq: number; generation: number }>('SELECT seq, generation FROM corpus_snapshot WHERE part = 0').get();
      if (isSnapshotAsRecent(stored, snapshot)) return false;
      this.db.exec('DELETE FROM corpus_snapshot');
      const insert = this.db.prepare('INSERT INTO corpus_snapshot (part, parts, seq, generation, bytes) VALUES (?, ?, ?, ?, ?)');
      // One part: SQLite takes blobs up to 1 GB, and reading one back needs no joining copy.
      for (const row of snapshotParts(snapshot, 2 ** 30 - 1)) insert.run(row.part, row.parts, row.seq, row.generation, Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength));
      return true;
    });
    return write.immediate();
  }

  #generation(): number {
    return Number(this.db.pragma('user_version', { simple: true }));
  }

  async exclusive<T>(step: (corpus: CorpusStore) => Promise<T>): Promise<T> {
    return step(this);
  }

  async listStories(query: { readonly since?: string; readonly limit?: number }): Promise<readonly StorySummary[]> {
    const rows = this.db.prepare<[string, number], StoryRow>(
      `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.last_seen >= ? ORDER BY s.last_seen DESC, s.articles DESC, s.id LIMIT ?`,
    ).all(query.since ?? '', query.limit ?? 50);
    return rows.map(summaryOf);
  }

  async getStory(id: string): Promise<StoryDetail | undefined> {
    const getRow = this.db.prepare<[string], StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ?`);
    const mergedInto = this.db.prepare<[string], string>(
      `SELECT other_id FROM story_changes WHERE story_id = ? AND kind = 'merged' ORDER BY at DESC, articles DESC, seq LIMIT 1`,
    ).pluck();
    // An id retired by a merge leads, through the change log, to the story that holds its articles now.
    const followed: string[] = [];
    let row = getRow.get(id);
    let current: string | undefined = id;
    while (!row && current !== undefined && followed.length < 20) {
      followed.push(current);
      current = mergedInto.get(current);
      row = current === undefined ? undefined : getRow.get(current);
    }
    if (!row) return undefined;
    const members = this.db.prepare<[string], ArticleRow>(
      `SELECT c.*, NULL AS headline, d.original_id, d.kind, d.similarity AS dup_similarity FROM corpus_articles c
       LEFT JOIN duplicates d ON d.document_id = c.document_id WHERE c.story_id = ? ORDER BY c.seen_at, c.seq`,
    ).all(row.id);
    const changes = [...new Map([row.id, ...followed].flatMap((storyId) => this.#changesOf(storyId)).map((c) => [c.seq, c])).values()];
    return {
      ...summaryOf(row),
      members: members.map(memberOf),
      ...(changes.length > 0 ? { changes: changes.sort((a, b) => a.seq - b.seq).map(changeOf) } : {}),
    };
  }

  async listStoryChanges(storyId?: string): Promise<readonly StoryChange[]> {
    const rows = storyId === undefined
      ? this.db.prepare<[], ChangeRow>('SELECT * FROM story_changes ORDER BY seq').all()
      : this.#changesOf(storyId);
    return rows.map(changeOf);
  }

  #changesOf(storyId: string): ChangeRow[] {
    return this.db.prepare<[string, string], ChangeRow>('SELECT * FROM story_changes WHERE story_id = ? OR other_id = ? ORDER BY seq')
      .all(storyId, storyId);
  }

  async storyIdOf(documentId: string): Promise<string | undefined> {
    return this.db.prepare<[string], string>('SELECT story_id FROM corpus_articles WHERE document_id = ?').pluck().get(documentId);
  }

  async listCopies(): Promise<ReadonlySet<string>> {
    return new Set(this.db.prepare('SELECT document_id FROM duplicates').pluck().all() as string[]);
  }

  async articleSignals(ids: readonly string[]): Promise<ReadonlyMap<string, { readonly tone?: number; readonly seenAt: string }>> {
    const get = this.db.prepare<[string], { tone: number | null; seen_at: string }>('SELECT tone, seen_at FROM corpus_articles WHERE document_id = ?');
    const signals = new Map<string, { tone?: number; seenAt: string }>();
    for (const id of new Set(ids)) {
      const row = get.get(id);
      if (row) signals.set(id, { seenAt: row.seen_at, ...(typeof row.tone === 'number' ? { tone: row.tone } : {}) });
    }
    return signals;
  }

  async putWatch(watch: Watch): Promise<void> {
    this.db.prepare('INSERT OR REPLACE INTO watches (id, name, query, output, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(watch.id, watch.name, JSON.stringify(watch.query), JSON.stringify(watch.output), watch.createdAt);
  }

  async listWatches(): Promise<readonly Watch[]> {
    const rows = this.db.prepare<[], { id: string; name: string; query: string; output: string; created_at: string }>(
      'SELECT * FROM watches ORDER BY created_at, id',
    ).all();
    return rows.map((row) => ({
      id: row.id, name: row.name, query: JSON.parse(row.query) as Watch['query'], output: JSON.parse(row.output) as Watch['output'], createdAt: row.created_at,
    }));
  }

  async removeWatch(idOrName: string): Promise<boolean> {
    const removed = this.db.prepare('DELETE FROM watches WHERE id = ? OR name = ?').run(idOrName, idOrName).changes > 0;
    if (removed) this.db.prepare('DELETE FROM watch_matches WHERE watch_id NOT IN (SELECT id FROM watches)').run();
    return removed;
  }

  async recordWatchMatch(watchId: string, documentId: string, at: string): Promise<boolean> {
    return this.db.prepare('INSERT OR IGNORE INTO watch_matches (watch_id, document_id, matched_at) VALUES (?, ?, ?)')
      .run(watchId, documentId, at).changes > 0;
  }
}

function articleOf(row: ArticleRow): CorpusArticle {
  const published = row.published ? Date.parse(row.published) : undefined;
  const bytes = new Uint8Array(row.signature);
  return {
    id: row.document_id,
    ...(published === undefined || Number.isNaN(published) ? {} : { published }),
    title: row.title,
    ...(row.source ? { source: row.source } : {}),
    ...(row.wire ? { wire: row.wire } : {}),
    exactHash: row.exact_hash,
    signature: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    length: row.word_count,
    facts: JSON.parse(row.facts) as string[],
    terms: new Map(Object.entries(JSON.parse(row.terms) as Record<string, number>)),
  };
}

function summaryOf(row: StoryRow): StorySummary {
  return { id: row.id, headline: row.headline, firstSeen: row.first_seen, lastSeen: row.last_seen, articles: row.articles, sources: row.sources };
}

function memberOf(row: ArticleRow): StoryMember {
  const duplicate: Duplicate | undefined = row.original_id
    ? { documentId: row.document_id, originalId: row.original_id, kind: row.kind as DuplicateKind, similarity: row.dup_similarity ?? 0 }
    : undefined;
  return {
    id: row.document_id,
    title: row.title,
    ...(row.source ? { source: row.source } : {}),
    ...(row.published ? { published: row.published } : {}),
    seenAt: row.seen_at,
    similarity: row.similarity,
    sharedTerms: JSON.parse(row.shared_terms) as string[],
    ...(duplicate ? { duplicate } : {}),
  };
}

function changeOf(row: ChangeRow): StoryChange {
  return { storyId: row.story_id, kind: row.kind === 'merged' ? 'merged' : 'split', otherId: row.other_id, articles: row.articles, at: row.at };
}
