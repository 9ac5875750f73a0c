import type Database from 'better-sqlite3';
import type { SearchHit, SearchQuery, SearchResult } from '../store.ts';
import { documentFilters } from './document-filters.ts';
import { toFtsQuery } from './fts-query.ts';

interface HitRow {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  snippet: string;
  score: number;
}

/** Full-text search over titles and texts with filters; without a query, lists the newest documents. */
export function searchDocuments(db: Database.Database, query: SearchQuery): SearchResult {
  const match = query.text ? toFtsQuery(query.text) : undefined;
  const filters = documentFilters(query);
  const where = [...filters.clauses];
  const params: unknown[] = [...filters.params];
  if (match) {
    where.unshift('documents_fts MATCH ?');
    params.unshift(match);
  } else if (query.text?.trim()) {
    return { total: 0, hits: [] };
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const from = match ? 'documents_fts JOIN documents d ON d.seq = documents_fts.rowid' : 'documents d';
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 500);
  const offset = Math.max(query.offset ?? 0, 0);
  const total = db.prepare(`SELECT count(*) FROM ${from} ${whereSql}`).pluck().get(...params) as number;
  const select = match
    ? `snippet(documents_fts, 1, '[', ']', '…', 20) AS snippet, -bm25(documents_fts, 4.0, 1.0) AS score`
    : `substr(d.text, 1, 200) AS snippet, 0 AS score`;
  const order = match ? 'ORDER BY bm25(documents_fts, 4.0, 1.0), d.seq' : 'ORDER BY d.published DESC, d.seq DESC';
  const rows = db
    .prepare<unknown[], HitRow>(
      `SELECT d.id, d.title, d.source, d.url, d.published, ${select} FROM ${from} ${whereSql} ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset);
  return { total, hits: rows.map(toHit) };
}

function toHit(row: HitRow): SearchHit {
  return {
    id: row.id,
    title: row.title,
    snippet: row.snippet.replace(/\s+/g, ' ').trim(),
    score: row.score,
    ...(row.source === null ? {} : { source: row.source }),
    ...(row.url === null ? {} : { url: row.url }),
    ...(row.published === null ? {} : { published: row.published }),
  };
}
