import type Database from 'better-sqlite3';
import type { SearchHit, SearchQuery, SearchResult } from '../store.ts';
import { documentFilters } from './document-filters.ts';
import { toFtsQuery } from './fts-query.ts';

/** Text searches rank (and count) at most this many of the newest matches; the same bound as the PostgreSQL store. */
export const RANKED_CANDIDATES = 1000;

interface HitRow {
  seq: number;
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
}

interface CandidateRow {
  seq: number;
  rank: number;
}

/** Full-text search over titles and texts with filters; without a query, lists the newest documents. */
export function searchDocuments(db: Database.Database, query: SearchQuery): SearchResult {
  const match = query.text ? toFtsQuery(query.text) : undefined;
  if (!match && query.text?.trim()) return { total: 0, hits: [] };
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 500);
  const offset = Math.max(query.offset ?? 0, 0);
  return match ? searchText(db, match, query, limit, offset) : listNewest(db, query, limit, offset);
}

/**
 * Ranks the newest RANKED_CANDIDATES matches that pass the filters: FTS5 walks its doclists newest rowid first and
 * stops there, so neither bm25 nor the count touches every match of a common word. Snippets are made for the page only.
 */
function searchText(db: Database.Database, match: string, query: SearchQuery, limit: number, offset: number): SearchResult {
  const filters = documentFilters(query);
  const filterSql = filters.clauses.map((c) => ` AND ${c}`).join('');
  const candidates = db
    .prepare<unknown[], CandidateRow>(
      `SELECT documents_fts.rowid AS seq, bm25(documents_fts, 4.0, 1.0) AS rank
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ?${filterSql}
       ORDER BY documents_fts.rowid DESC LIMIT ?`,
    )
    .all(match, ...filters.params, RANKED_CANDIDATES + 1);
  const isTotalCapped = candidates.length > RANKED_CANDIDATES;
  const ranked = candidates.slice(0, RANKED_CANDIDATES).sort((a, b) => a.rank - b.rank || a.seq - b.seq);
  const page = ranked.slice(offset, offset + limit);
  const rowOf = db.prepare<[number], HitRow>('SELECT seq, id, title, source, url, published FROM documents WHERE seq = ?');
  const snippetOf = db
    .prepare<[string, number], string>(
      `SELECT snippet(documents_fts, 1, '[', ']', '…', 20) FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?`,
    )
    .pluck();
  const hits: SearchHit[] = [];
  for (const candidate of page) {
    const row = rowOf.get(candidate.seq);
    if (row) hits.push(toHit(row, snippetOf.get(match, candidate.seq) ?? '', -candidate.rank));
  }
  return { total: ranked.length, hits, ...(isTotalCapped ? { isTotalCapped } : {}) };
}

function listNewest(db: Database.Database, query: SearchQuery, limit: number, offset: number): SearchResult {
  const filters = documentFilters(query);
  const whereSql = filters.clauses.length > 0 ? `WHERE ${filters.clauses.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM documents d ${whereSql}`).pluck().get(...filters.params) as number;
  const rows = db
    .prepare<unknown[], HitRow & { snippet: string }>(
      `SELECT d.seq, d.id, d.title, d.source, d.url, d.published, substr(d.text, 1, 200) AS snippet FROM documents d ${whereSql}
       ORDER BY d.published DESC, d.seq DESC LIMIT ? OFFSET ?`,
    )
    .all(...filters.params, limit, offset);
  return { total, hits: rows.map((row) => toHit(row, row.snippet, 0)) };
}

function toHit(row: HitRow, snippet: string, score: number): SearchHit {
  return {
    id: row.id,
    title: row.title,
    snippet: snippet.replace(/\s+/g, ' ').trim(),
    score,
    ...(row.source === null ? {} : { source: row.source }),
    ...(row.url === null ? {} : { url: row.url }),
    ...(row.published === null ? {} : { published: row.published }),
  };
}
