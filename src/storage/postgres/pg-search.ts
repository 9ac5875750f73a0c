import type { Pool, PoolClient } from 'pg';
import type { SearchHit, SearchQuery, SearchResult } from '../store.ts';
import { pgDocumentFilters } from './pg-document-filters.ts';
import { SqlParams } from './sql-params.ts';
import { toTsQuery } from './ts-query.ts';

/** Text searches rank (and count) at most this many of the newest matches; the same bound as the SQLite store. */
export const RANKED_CANDIDATES = 1000;
// The newest documents a text search tests first, one by one, to learn how common its match is.
const PROBE_WINDOW = 2 * (RANKED_CANDIDATES + 1);
// Relative CPU costs (measured on PostgreSQL 15): testing one row's stored tsvector while walking the newest rows, one
// posting read from the GIN index (a bitmap scan reads every posting of the query's words, however old), one match
// fetched and ranked after a bitmap scan. They choose, per window, between walking the rows and asking the index.
const ROW_TEST_COST = 0.9;
const POSTING_COST = 1.2;
const MATCH_COST = 2.5;
// Windows after the probe are sized from the match rate seen so far, with this margin.
const WINDOW_MARGIN = 1.25;

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
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 500);
  const offset = Math.max(query.offset ?? 0, 0);
  if (!query.text?.trim()) return listNewest(pool, query, limit, offset);
  const tsQuery = toTsQuery(query.text);
  if (!tsQuery) return { total: 0, hits: [] };
  const client = await pool.connect();
  try {
    const { matched, best } = await newestMatches(client, tsQuery, query, offset + limit);
    const isTotalCapped = matched > RANKED_CANDIDATES;
    const page = best.sort((a, b) => b.score - a.score || a.seq - b.seq).slice(offset, offset + limit);
    const hits = page.length > 0 ? await pageRows(client, tsQuery, page) : [];
    return { total: Math.min(matched, RANKED_CANDIDATES), hits: hits.map(toHit), ...(isTotalCapped ? { isTotalCapped } : {}) };
  } finally {
    // Off the answer's path: the connection goes back to the pool once its planner settings are restored (or is
    // discarded if that fails, so no other query ever runs with index scans off).
    void client.query('RESET enable_indexscan; RESET enable_bitmapscan; RESET enable_seqscan').then(() => client.release(), (error: Error) => client.release(error));
  }
}

interface Candidate {
  readonly seq: number;
  readonly score: number;
}

/**
 * Counts the newest RANKED_CANDIDATES + 1 matches passing the filters and returns, of the newest RANKED_CANDIDATES,
 * the `keep` best by ts_rank_cd (each window sends only its own best, so no more than a page crosses the wire). The
 * matches are found in windows of the newest documents. The first window walks the newest rows testing each one's
 * tsvector (stored in the row, migration 060); later windows do the same for common matches, or, for rarer ones,
 * intersect the GIN index with the window (a bitmap AND with the primary key), whichever costs less at the match rate
 * seen so far. Either way no work is spent on old matches of a common word, and the score is computed on the same heap
 * visit. Each way is pinned with planner settings (a walk is a backward primary-key scan that stops at the LIMIT; an
 * index window a bitmap scan): the planner prices the row-by-row test far too cheaply to choose between them well.
 */
async function newestMatches(client: PoolClient, tsQuery: string, query: SearchQuery, keep: number): Promise<{ matched: number; best: Candidate[] }> {
  // One round trip: the newest seq, and walks for this connection's next statements (settings reset on release).
  const { rows: [settings] } = await client.query<{ top: string | null }>(
    `SELECT max(seq) AS top, set_config('enable_bitmapscan', 'off', false), set_config('enable_seqscan', 'off', false) FROM documents`,
  );
  let isIndexMode = false;
  const top = Number(settings?.top ?? 0);
  const wanted = RANKED_CANDIDATES + 1;
  const best: Candidate[] = [];
  let matched = 0;
  let high = top;
  let window: Window = { width: PROBE_WINDOW, useIndex: false };
  while (matched < wanted && high > 0) {
    const low = Math.max(high - window.width, 0);
    if (window.useIndex !== isIndexMode) {
      isIndexMode = window.useIndex;
      await client.query(isIndexMode ? 'SET enable_bitmapscan = on; SET enable_indexscan = off' : 'SET enable_indexscan = on; SET enable_bitmapscan = off');
    }
    const params = new SqlParams();
    const q = `to_tsquery('english', ${params.add(tsQuery)})`;
    // ts_match_vq is the function behind @@: the same test, but one the GIN index cannot answer.
    const match = window.useIndex ? `d.search @@ ${q}` : `ts_match_vq(d.search, ${q})`;
    // A wide window is cheaper tested on each fetched row than turned into a primary-key bitmap of all its rows.
    const seq = window.useIndex && window.width > top / 4 ? '(d.seq + 0)' : 'd.seq';
    const where = [match, ...pgDocumentFilters(query, params, { perRow: !window.useIndex }), `${seq} <= ${params.add(high)}`];
    if (low > 0) where.push(`${seq} > ${params.add(low)}`);
    // w: this window's newest matches still wanted; r: those among the first RANKED_CANDIDATES overall (the one
    // beyond only says the total is capped); the window's best `keep` of r come back, with w's count on every row.
    const { rows } = await client.query<{ matched: string; seq: string | null; score: number | null }>(
      `WITH w AS (
         SELECT d.seq, ts_rank_cd(d.search, ${q}) AS score FROM documents d WHERE ${where.join(' AND ')}
         ORDER BY d.seq DESC LIMIT ${params.add(wanted - matched)}
       ), r AS (SELECT * FROM w ORDER BY seq DESC LIMIT ${params.add(Math.max(RANKED_CANDIDATES - matched, 0))})
       SELECT m.matched, b.seq, b.score FROM (SELECT count(*) AS matched FROM w) m
       LEFT JOIN LATERAL (SELECT * FROM r ORDER BY score DESC, seq LIMIT ${params.add(keep)}) b ON true`,
      params.values,
    );
    matched += Number(rows[0]?.matched ?? 0);
    for (const row of rows) if (row.seq !== null) best.push({ seq: Number(row.seq), score: Number(row.score) });
    window = nextWindow(window, matched, top - low, wanted, top);
    high = low;
  }
  return { matched, best };
}

interface Window {
  readonly width: number;
  readonly useIndex: boolean;
}

// The next window: wide enough for the matches still wanted at the rate seen so far, searched the cheaper way.
function nextWindow(previous: Window, found: number, scanned: number, wanted: number, top: number): Window {
  if (found === 0) return { width: previous.width * 8, useIndex: true };
  const rate = found / scanned;
  const width = Math.max(previous.width * 2, Math.ceil(((wanted - found) / rate) * WINDOW_MARGIN));
  const walkCost = width * ROW_TEST_COST;
  const indexCost = rate * top * POSTING_COST + rate * width * MATCH_COST;
  return { width, useIndex: indexCost < walkCost };
}

/** The page's documents in ranked order, with headlines computed for them only. */
async function pageRows(client: PoolClient, tsQuery: string, page: readonly Candidate[]): Promise<HitRow[]> {
  const { rows } = await client.query<Omit<HitRow, 'score'> & { seq: string }>(
    `SELECT d.seq, d.id, d.title, d.source, d.url, d.published,
       ts_headline('english', left(d.text, 3000), to_tsquery('english', $1), 'StartSel=[, StopSel=], MaxWords=20, MinWords=8') AS snippet
     FROM documents d WHERE d.seq = ANY($2::bigint[])`,
    [tsQuery, page.map((c) => c.seq)],
  );
  const bySeq = new Map(rows.map((row) => [Number(row.seq), row]));
  return page.flatMap((c) => {
    const row = bySeq.get(c.seq);
    return row ? [{ ...row, score: c.score }] : [];
  });
}

/** Without text: every document passing the filters, newest publication first, with an exact total. */
async function listNewest(pool: Pool, query: SearchQuery, limit: number, offset: number): Promise<SearchResult> {
  const params = new SqlParams();
  const where = pgDocumentFilters(query, params);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const countParams = [...params.values];
  const sql = `SELECT d.id, d.title, d.source, d.url, d.published, 0 AS score, left(d.text, 200) AS snippet FROM documents d ${whereSql}
    ORDER BY d.published DESC NULLS LAST, d.seq DESC LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`;
  const [count, hits] = await Promise.all([
    pool.query<{ total: string }>(`SELECT count(*) AS total FROM documents d ${whereSql}`, countParams),
    pool.query<HitRow>(sql, params.values),
  ]);
  return { total: Number(count.rows[0]?.total ?? 0), hits: hits.rows.map(toHit) };
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
