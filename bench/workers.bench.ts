// Worker scaling on PostgreSQL: enqueue N synthetic articles, drain the queue with one `tidings worker` process, then
// again (fresh schema) with two, and compare articles per second. Full analysis in every worker; the corpus step
// (duplicates, stories, watches under the corpus lock) on, off (`--no-corpus`), or both in turn.
// Throughput is timed from the first worker ready (models loaded) to the last article stored (PostgreSQL's
// stored_at), so start-up and the exit after the queue drains are not counted; `wallSeconds` includes the exit.
// `secondHalfPerSecond` is the rate over the second half of the articles stored (from the median stored_at to the
// last): each process's JIT warm-up falls in the first half, as it would early in a long-running worker's life.
// Prints one JSON line. Usage: node --import tsx bench/workers.bench.ts [--n 600] [--corpus on|off|both] [--jsonl FILE] [--cli bin|tsx]
// --jsonl takes the first N articles (`{text, title?, published?}` lines, read at run time) instead of synthetic ones:
// the synthetic articles are ~150 words, so PostgreSQL's fixed cost per article weighs more than with real news.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RawArticle } from '../src/ingest/raw-article.ts';
import { JobQueue } from '../src/service/jobs/job-queue.ts';
import { PostgresStore } from '../src/storage/postgres/postgres-store.ts';
import { dropTestSchema, uniqueTestSchema } from '../src/storage/postgres/test-postgres.ts';
import { syntheticArticle } from './synthetic-articles.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '600' }, corpus: { type: 'string', default: 'both' }, jsonl: { type: 'string' }, cli: { type: 'string' } },
});
const n = Number(values.n);
const articles: RawArticle[] = values.jsonl === undefined
  ? Array.from({ length: n }, (_, i) => syntheticArticle(i))
  : readFileSync(values.jsonl, 'utf8').split('\n').filter((line) => line.trim()).slice(0, n).map((line, i) => {
    const { text, title, published } = JSON.parse(line) as { text: string; title?: string; published?: string };
    return { text, url: `https://bench.example.test/${i}`, ...(title ? { title } : {}), ...(published ? { published } : {}) };
  });
const pgUrl = process.env['TIDINGS_TEST_PG'] ?? 'postgres://tidings:tidings@127.0.0.1:5432/tidings_test';
// Workers run the compiled CLI as users do (`npm run build` first): under tsx each worker also pays the loader's
// hooks and thread, ~20% more CPU per article (measured). `--cli tsx` runs from source when dist/ is stale.
const BIN = fileURLToPath(new URL('../bin/tidings.js', import.meta.url));
const compiled = (values.cli ?? (existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))) ? 'bin' : 'tsx')) === 'bin';
const CLI = compiled ? [BIN] : ['--import', 'tsx', fileURLToPath(new URL('./run-cli.ts', import.meta.url))];

// Resolves with the wall-clock moment (ms) the worker had loaded its models and began taking jobs.
function worker(dbUrl: string, corpus: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    let readyAt = 0;
    const args = [...CLI, 'worker', '--db', dbUrl, '--exit-when-empty', '--batch', '10', ...(corpus ? [] : ['--no-corpus'])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      if (!readyAt && /waiting for jobs/.test(err)) readyAt = Date.now();
    });
    child.on('exit', (code) => (code === 0 ? resolve(readyAt) : reject(new Error(`worker exited ${code}: ${err.slice(-1000)}`))));
  });
}

interface Run {
  processes: number;
  seconds: number;
  perSecond: number;
  secondHalfPerSecond: number;
  wallSeconds: number;
  stored: number;
  storedTwice: number;
}

async function run(processes: number, corpus: boolean): Promise<Run> {
  const schema = uniqueTestSchema('workers');
  const dbUrl = `${pgUrl}?schema=${schema}`;
  const queue = await JobQueue.open(dbUrl);
  await queue.enqueueArticles(articles);
  await queue.stop();
  const readyAt = await Promise.all(Array.from({ length: processes }, () => worker(dbUrl, corpus)));
  const start = Math.min(...readyAt);
  const wallSeconds = (Date.now() - start) / 1000;
  const store = await PostgresStore.open({ connectionString: pgUrl, schema });
  const { rows: [row] } = await store.pool.query<{ stored: string; distinct: string; last: number; median: number }>(
    `SELECT count(*) AS stored, count(DISTINCT url) AS distinct, extract(epoch FROM max(stored_at)) * 1000 AS last,
      extract(epoch FROM percentile_disc(0.5) WITHIN GROUP (ORDER BY stored_at)) * 1000 AS median FROM documents`,
  );
  await store.close();
  await dropTestSchema(pgUrl, schema);
  await dropTestSchema(pgUrl, `${schema}_jobs`);
  const stored = Number(row?.stored ?? 0);
  const seconds = (Number(row?.last ?? start) - start) / 1000;
  return {
    processes,
    seconds: round(seconds, 2),
    perSecond: round(stored / seconds, 1),
    secondHalfPerSecond: round((stored / 2) / ((Number(row?.last) - Number(row?.median)) / 1000), 1),
    wallSeconds: round(wallSeconds, 2),
    stored,
    storedTwice: stored - Number(row?.distinct ?? 0),
  };
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

const loadBefore = round(loadavg()[0] ?? 0, 2);
const settings = values.corpus === 'both' ? [true, false] : [values.corpus !== 'off'];
const results: Record<string, unknown>[] = [];
for (const corpus of settings) {
  const one = await run(1, corpus);
  const two = await run(2, corpus);
  results.push({ corpus, one, two, speedup: round(two.perSecond / one.perSecond, 2),
    secondHalfSpeedup: round(two.secondHalfPerSecond / one.secondHalfPerSecond, 2), wallSpeedup: round(one.wallSeconds / two.wallSeconds, 2) });
}
process.stdout.write(`${JSON.stringify({ articles: n, cli: compiled ? 'bin' : 'tsx', loadBefore, loadAfter: round(loadavg()[0] ?? 0, 2), results })}\n`);
