// Cost of the ingest corpus step (dedup + clustering + corpus write) per article on PostgreSQL — advisory lock,
// catch-up with the other worker's articles, three inserts, commit — against SQLite in the same run, on a store already
// holding N synthetic articles (bench/synthetic-articles.ts, filled through the same hook). Two PostgreSQL handles
// ("workers") then alternate, so every step catches up one foreign article.
// Times: CPU of this Node process per article (the PostgreSQL server's CPU is not included) and wall p50/p95.
// Usage: TIDINGS_TEST_PG=postgres://… node --import tsx bench/pg-corpus.bench.ts [--n 2000] [--probes 200]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalyzedDocument } from '../src/model/document.ts';
import { emptyDocument } from '../src/pipeline/analyzer.ts';
import { createCorpusHook } from '../src/service/corpus-hook.ts';
import { corpusStateFor } from '../src/service/corpus-state.ts';
import { PostgresStore } from '../src/storage/postgres/postgres-store.ts';
import { dropTestSchema, uniqueTestSchema } from '../src/storage/postgres/test-postgres.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import type { Store } from '../src/storage/store.ts';
import { syntheticArticle } from './synthetic-articles.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '2000' }, probes: { type: 'string', default: '200' } } });
const n = Number(values.n);
const probes = Number(values.probes);
const pgUrl = process.env['TIDINGS_TEST_PG'] ?? 'postgres://tidings:tidings@127.0.0.1:5432/tidings_test';
const documents: AnalyzedDocument[] = Array.from({ length: n + probes }, (_, i) => {
  const { text, ...meta } = syntheticArticle(i);
  return emptyDocument(`d${i}`, text, meta);
});
const hook = createCorpusHook({ onMatch: async () => undefined });

async function fill(store: Store): Promise<void> {
  for (const doc of documents.slice(0, n)) await hook.afterStore?.(doc, await store.putDocument(doc), store);
}

/** Adds the probe articles through the ingest hook, alternating between the given handles on one store. */
async function probe(workers: readonly Store[]) {
  for (const worker of workers) await corpusStateFor(worker.corpus);
  const walls: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = n; i < n + probes; i++) {
    const worker = workers[i % workers.length] as Store;
    const doc = documents[i] as AnalyzedDocument;
    const result = await worker.putDocument(doc);
    const t0 = performance.now();
    await hook.afterStore?.(doc, result, worker);
    walls.push(performance.now() - t0);
  }
  const used = process.cpuUsage(cpu);
  walls.sort((a, b) => a - b);
  const at = (q: number) => Math.round((walls[Math.floor(walls.length * q)] ?? 0) * 100) / 100;
  // CPU includes putDocument; wall is the corpus step alone.
  return { cpuMsPerArticle: Math.round(((used.user + used.system) / 1000 / probes) * 100) / 100, wallP50: at(0.5), wallP95: at(0.95) };
}

const dir = mkdtempSync(join(tmpdir(), 'pg-corpus-bench-'));
const schema = uniqueTestSchema('bench_corpus');
try {
  const sqlite = new SqliteStore(join(dir, 'corpus.db'));
  await fill(sqlite);
  const sqliteResult = await probe([sqlite]);
  await sqlite.close();
  const open = () => PostgresStore.open({ connectionString: pgUrl, schema });
  const [first, second] = [await open(), await open()];
  await fill(first);
  const postgresResult = await probe([first, second]);
  const stories = (await first.stats()).stories;
  await first.close();
  await second.close();
  process.stdout.write(`${JSON.stringify({ bench: 'pg-corpus', articles: n, probes, stories, load: loadavg().map((l) => Math.round(l * 10) / 10), sqlite: sqliteResult, postgresTwoWorkers: postgresResult })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  await dropTestSchema(pgUrl, schema);
}
