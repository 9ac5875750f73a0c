import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { describe, it } from 'node:test';
import { syntheticArticle } from '../../bench/synthetic-articles.ts';
import { JobQueue } from '../../src/service/jobs/job-queue.ts';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.ts';
import { workerProcesses } from '../e2e/worker-processes.ts';

const { pgUrl, schema, startWorker: start } = await workerProcesses('wcrash');
const startWorker = (dbUrl: string, ...extra: string[]) => start(dbUrl, '--batch', '2', '--expire-seconds', '3', ...extra);

const exited = (child: ChildProcess) => new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

describe('worker crash safety', { skip: pgUrl ? false : 'TIDINGS_TEST_PG unset or unreachable', timeout: 600_000 }, () => {
  it('retries a SIGKILLed worker\'s jobs on another worker and stores every article exactly once; SIGTERM exits cleanly', async () => {
    const dbUrl = `${pgUrl}?schema=${schema}`;
    const articles = Array.from({ length: 40 }, (_, i) => syntheticArticle(5000 + i));
    const queue = await JobQueue.open(dbUrl, { expireInSeconds: 3 });
    assert.equal(await queue.enqueueArticles(articles), 40);
    const store = await PostgresStore.open({ connectionString: pgUrl ?? '', schema });
    try {
      const doomed = startWorker(dbUrl);
      // Generous: each worker compiles and loads the whole analyzer first, which is slow on a loaded CI machine.
      const deadline = Date.now() + 300_000;
      while ((await store.stats()).articles < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      doomed.kill('SIGKILL');
      await exited(doomed);
      const atKill = (await store.stats()).articles;
      assert.ok(atKill > 0 && atKill < 40, `killed mid-way (${atKill} stored)`);

      const survivor = startWorker(dbUrl, '--exit-when-empty');
      const { code } = await exited(survivor);
      assert.equal(code, 0, survivor.log());
      assert.equal((await store.stats()).articles, 40, 'every article stored once, none lost');
      const urls = new Set((await store.search({ limit: 500 })).hits.map((h) => h.url));
      assert.equal(urls.size, 40);

      const idle = startWorker(dbUrl);
      await new Promise((r) => setTimeout(r, 1000));
      while (!/waiting for jobs/.test(idle.log())) await new Promise((r) => setTimeout(r, 200));
      idle.kill('SIGTERM');
      const stopped = await exited(idle);
      assert.equal(stopped.code, 0);
      assert.match(idle.log(), /SIGTERM: finishing the jobs in hand/);
    } finally {
      await queue.stop();
      await store.close();
    }
  });
});
