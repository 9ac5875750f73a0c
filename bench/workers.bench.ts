// Worker scaling on PostgreSQL: enqueue N synthetic articles, drain the queue with one `tidings worker` process, then
// again (fresh schema) with two, and compare articles per second. Full analysis in every worker.
// Usage: node --import tsx bench/workers.bench.ts [--n 400]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { JobQueue } from '../src/service/jobs/job-queue.ts';
import { PostgresStore } from '../src/storage/postgres/postgres-store.ts';
import { dropTestSchema, uniqueTestSchema } from '../src/storage/postgres/test-postgres.ts';
import { syntheticArticle } from './synthetic-articles.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '400' } } });
const n = Number(values.n);
const pgUrl = process.env['TIDINGS_TEST_PG'] ?? 'postgres://tidings:tidings@127.0.0.1:5432/tidings_test';
const CLI = fileURLToPath(new URL('./run-cli.ts', import.meta.url));

// Resolves with the moment the worker had loaded its models and began taking jobs, so start-up is not timed.
function worker(dbUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let readyAt = 0;
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--db', dbUrl, '--exit-when-empty', '--batch', '10'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      if (!readyAt && /waiting for jobs/.test(err)) readyAt = performance.now();
    });
    child.on('exit', (code) => (code === 0 ? resolve(readyAt) : reject(new Error(`worker exited ${code}: ${err.slice(-1000)}`))));
  });
}

async function run(processes: number): Promise<{ processes: number; seconds: number; perSecond: number; stored: number }> {
  const schema = uniqueTestSchema('workers');
  const dbUrl = `${pgUrl}?schema=${schema}`;
  const queue = await JobQueue.open(dbUrl);
  await queue.enqueueArticles(Array.from({ length: n }, (_, i) => syntheticArticle(i)));
  await queue.stop();
  const readyAt = await Promise.all(Array.from({ length: processes }, () => worker(dbUrl)));
  const seconds = (performance.now() - Math.min(...readyAt)) / 1000;
  const store = await PostgresStore.open({ connectionString: pgUrl, schema });
  const stored = (await store.stats()).articles;
  await store.close();
  await dropTestSchema(pgUrl, schema);
  await dropTestSchema(pgUrl, `${schema}_jobs`);
  return { processes, seconds: Math.round(seconds * 10) / 10, perSecond: Math.round((stored / seconds) * 10) / 10, stored };
}

const one = await run(1);
const two = await run(2);
process.stdout.write(`${JSON.stringify({ articles: n, one, two, speedup: Math.round((two.perSecond / one.perSecond) * 100) / 100 })}\n`);
