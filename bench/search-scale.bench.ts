// Search latency at scale: fills a store with N synthetic articles (minimal documents: text, title, meta; no analysis,
// since only search is timed), then times varied queries and reports p50/p95/p99.
// Usage: node --import tsx bench/search-scale.bench.ts --store sqlite|postgres [--n 100000] [--queries 300] [--schema name]
// Prints one JSON summary line on stdout (progress goes to stderr).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalyzedDocument } from '../src/model/document.ts';
import { articleMetaOf } from '../src/ingest/raw-article.ts';
import { documentIdFor } from '../src/pipeline/analyzer.ts';
import { PostgresStore } from '../src/storage/postgres/postgres-store.ts';
import { dropTestSchema, uniqueTestSchema } from '../src/storage/postgres/test-postgres.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import type { SearchQuery, Store } from '../src/storage/store.ts';
import { syntheticArticle } from './synthetic-articles.ts';

const { values } = parseArgs({ options: {
  store: { type: 'string', default: 'sqlite' }, n: { type: 'string', default: '100000' }, queries: { type: 'string', default: '300' },
  // A named PostgreSQL schema that is kept afterwards: filled up to --n if it holds fewer, so a second run (or
  // EXPLAIN in psql) reuses the 100k corpus instead of spending minutes refilling it. Migrations run forward on it.
  schema: { type: 'string' },
} });
const n = Number(values.n);
const pgUrl = process.env['TIDINGS_TEST_PG'] ?? 'postgres://tidings:tidings@127.0.0.1:5432/tidings_test';
const dir = mkdtempSync(join(tmpdir(), 'tidings-search-bench-'));
const kept = values.schema;
const schema = kept ?? uniqueTestSchema('bench');
const store: Store = values.store === 'postgres'
  ? await PostgresStore.open({ connectionString: pgUrl, schema })
  : new SqliteStore(join(dir, 'bench.db'));

function minimalDocument(i: number): AnalyzedDocument {
  const article = syntheticArticle(i);
  const meta = articleMetaOf(article);
  return { id: documentIdFor(article.text, meta), text: article.text, meta, language: 'en', sentences: [], tokens: [], entities: [], actors: [],
    places: [], dates: [], quantities: [], claims: [], events: [], topics: [], diagnostics: [] };
}

let started = performance.now();
const already = kept ? (await store.stats()).articles : 0;
for (let i = already; i < n; i += 8) {
  await Promise.all(Array.from({ length: Math.min(8, n - i) }, (_, k) => store.putDocument(minimalDocument(i + k))));
  if (i % 10_000 === 0) process.stderr.write(`filled ${i}\n`);
}
const fillSeconds = (performance.now() - started) / 1000;
if (store instanceof PostgresStore) await store.pool.query('ANALYZE');

const terms = ['copper mine', 'grain exports', 'Orlen', 'railway strike', 'ceasefire', 'Minister Kora', 'flood*', '"border dispute"', 'vaccine supplies Tesk', 'fuel'];
const queries: SearchQuery[] = [];
for (let q = 0; q < Number(values.queries); q++) {
  const text = terms[q % terms.length] ?? 'fuel';
  queries.push(q % 3 === 0 ? { text, since: '2025-06-01' } : q % 3 === 1 ? { text, source: 'Harbour Courier' } : { text });
}
const times: number[] = [];
for (const query of queries) {
  started = performance.now();
  await store.search(query);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
process.stdout.write(`${JSON.stringify({ store: store.kind, load: Math.round((loadavg()[0] ?? 0) * 100) / 100, articles: (await store.stats()).articles, fillSeconds: Math.round(fillSeconds), queries: times.length,
  p50: +pct(50).toFixed(1), p95: +pct(95).toFixed(1), p99: +pct(99).toFixed(1) })}\n`);
await store.close();
if (values.store === 'postgres' && !kept) await dropTestSchema(pgUrl, schema);
rmSync(dir, { recursive: true, force: true });
