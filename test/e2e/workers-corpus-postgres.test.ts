import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { describe, it } from 'node:test';
import type { RawArticle } from '../../src/ingest/raw-article.ts';
import { JobQueue } from '../../src/service/jobs/job-queue.ts';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.ts';
import { workerProcesses } from './worker-processes.ts';

const { pgUrl, schema, startWorker: start } = await workerProcesses('wcorpus');

// Unrelated happenings written for this test; each is sent twice, from two outlets.
const REPORTS = [
  'Flood water closed the river road between Ardel and Velm on Sunday after three days of rain. Crews from the county council pumped water from the market square while volunteers filled sandbags outside the old mill. The council said the bridge at Merrow would stay shut until engineers had checked its piers.',
  'The copper smelter at Ostra will cut its night shift from next month, the owners told workers at a meeting on Tuesday. About two hundred jobs are affected. Union officials said they would ask for talks about early retirement and retraining for the staff.',
  'A chess prodigy from Castra, aged eleven, won the regional open on Saturday with a queen sacrifice in the final round. Her coach said she trains four hours a day after school at the library club, and organisers reported a record entry of three hundred players.',
  'Lighthouse keepers on Benmora island finished restoring the lamp room that a winter storm damaged in February. The glass panels came from a workshop on the mainland by ferry. The harbour trust said the light would shine again from Friday night.',
  'Farmers near Tesk began the barley harvest two weeks early after a dry and hot summer, the growers cooperative said on Wednesday. Yields are down by a fifth, and the cooperative asked the regional government for help with the cost of feed for cattle.',
  'The orchestra of Rennick will tour six cities in the autumn with a programme of new works by local composers, its director announced on Thursday. Tickets go on sale next week, and schools in the region will receive free seats for pupils.',
] as const;

const startWorker = (dbUrl: string) => start(dbUrl, '--batch', '1');

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('two tidings worker processes sharing the corpus', { skip: pgUrl ? false : 'TIDINGS_TEST_PG unset or unreachable', timeout: 600_000 }, () => {
  it('finds every copy and keeps each copy in its original\'s story when the two workers take the jobs at once', async (t) => {
    const dbUrl = `${pgUrl}?schema=${schema}`;
    const queue = await JobQueue.open(dbUrl);
    const store = await PostgresStore.open({ connectionString: pgUrl ?? '', schema });
    try {
      const workers = [startWorker(dbUrl), startWorker(dbUrl)];
      // Both must be polling before the jobs arrive, so that each takes a share (loading the analyzer is slow under load).
      const deadline = Date.now() + 300_000;
      while (!workers.every((w) => /waiting for jobs/.test(w.log())) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const articles: RawArticle[] = REPORTS.flatMap((text, i) => [
        { text, title: `Report ${i}`, url: `https://first.test/${i}`, source: 'First Wire', published: '2025-08-04' },
        { text, title: `Report ${i}`, url: `https://second.test/${i}`, source: 'Second Post', published: '2025-08-04' },
      ]);
      assert.equal(await queue.enqueueArticles(articles), articles.length);
      while ((await store.corpus.loadCorpusArticles()).length < articles.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 300));
      for (const worker of workers) worker.kill('SIGTERM');
      assert.deepEqual(await Promise.all(workers.map(exited)), [0, 0]);

      const byUrl = new Map<string, string>();
      for (const hit of (await store.search({ limit: 100 })).hits) if (hit.url) byUrl.set(hit.url, hit.id);
      const copies = await store.corpus.listCopies();
      for (let i = 0; i < REPORTS.length; i++) {
        const [a, b] = [byUrl.get(`https://first.test/${i}`) ?? '', byUrl.get(`https://second.test/${i}`) ?? ''];
        assert.equal(await store.corpus.storyIdOf(a), await store.corpus.storyIdOf(b), `report ${i}: both copies in one story`);
        assert.equal(Number(copies.has(a)) + Number(copies.has(b)), 1, `report ${i}: one of the two is the copy`);
      }
      assert.equal(copies.size, REPORTS.length);
      const shares = workers.map((w) => Number(/stored (\d+), already stored \d+, failed 0\s*$/.exec(w.log())?.[1] ?? -1));
      assert.equal(shares.reduce((sum, n) => sum + n, 0), articles.length, workers.map((w) => w.log()).join('\n'));
      // Which worker takes which job is up to the queue; say so when one took them all and nothing was shared.
      if (shares.includes(0)) t.diagnostic(`one worker took every job (${shares.join(' / ')}): sharing was not exercised this run`);
    } finally {
      await queue.stop();
      await store.close();
    }
  });
});
