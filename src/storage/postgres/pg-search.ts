import type { Pool } from 'pg';
import type { SearchHit, SearchQuery, SearchResult } from '../store.ts';
import { pgDocumentFilters } from './pg-document-filters.ts';
import { SqlParams } from './sql-params.ts';
import { toTsQuery } from './ts-query.ts';

const RANKED_CANDIDATES = 1000;

interface HitRow {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  snippet: string;
  score: number;
}

/** Full-text search over the GIN-indexed tsvector with filters; without a query, lists the newest documents. */
export async function searchPostgres(pool: Pool, query: SearchQuery): Promise<SearchResult> {
  const tsQuery = query.text ? toTsQuery(query.text) : undefined;
  if (!tsQuery && query.text?.trim()) return { total: 0, hits: [] };
  const params = new SqlParams();
  const where = pgDocumentFilters(query, params);
  const q = tsQuery ? params.add(tsQuery) : undefined;
  if (q) where.unshift(`d.search @@ to_tsquery('english', ${q})`);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 500);
  const offset = Math.max(query.offset ?? 0, 0);
  const countParams = [...params.values];
  const page = `LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`;
  // Ranking reads every match's tsvector; for very common words only the newest matches are ranked, which keeps
  // latency flat as the store grows (news readers want recent hits first anyway).
  const candidates = q
    ? `(SELECT d.* FROM documents d ${whereSql} ORDER BY d.seq DESC LIMIT ${RANKED_CANDIDATES}) d`
    : 'documents d';
  const score = q ? `ts_rank_cd(d.search, to_tsquery('english', ${q}))` : '0';
  const order = q ? 'score DESC, d.seq' : 'd.published DESC NULLS LAST, d.seq DESC';
  // The headline (costly) is computed only for the page of hits, not for every match.
  const snippet = q
    ? `ts_headline('english', left(p.text, 3000), to_tsquery('english', ${q}), 'StartSel=[, StopSel=], MaxWords=20, MinWords=8')`
    : 'left(p.text, 200)';
  const sql = `SELECT p.id, p.title, p.source, p.url, p.published, p.score, ${snippet} AS snippet FROM (
      SELECT d.id, d.title, d.source, d.url, d.published, d.text, d.seq, ${score} AS score
      FROM ${candidates} ${q ? '' : whereSql} ORDER BY ${order} ${page}
    ) p ORDER BY ${q ? 'p.score DESC, p.seq' : 'p.published DESC NULLS LAST, p.seq DESC'}`;
  // A text search pages through the ranked candidates only, so its total is counted up to them (plus one, to say so).
  const countSql = q
    ? `SELECT count(*) AS total FROM (SELECT 1 FROM documents d ${whereSql} LIMIT ${RANKED_CANDIDATES + 1}) c`
    : `SELECT count(*) AS total FROM documents d ${whereSql}`;
  const [count, hits] = await Promise.all([pool.query<{ total: string }>(countSql, countParams), pool.query<HitRow>(sql, params.values)]);
  const counted = Number(count.rows[0]?.total ?? 0);
  const isTotalCapped = q !== undefined && counted > RANKED_CANDIDATES;
  return { total: isTotalCapped ? RANKED_CANDIDATES : counted, hits: hits.rows.map(toHit), ...(isTotalCapped ? { isTotalCapped } : {}) };
}

function toHit(row: HitRow): SearchHit {
  return {
    id: row.id,
    title: row.title,
    snippet: row.snippet.replace(/\s+/g, ' ').trim(),
    score: Number(row.score),
    ...(row.source === null ? {} : { source: row.source }),
    ...(row.url === null ? {} : { url: row.url }),
    ...(row.published === null ? {} : { published: row.published }),
  };
}
