import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RawArticle } from '../../ingest/raw-article.ts';
import { createAnalyzer, type Analyzer } from '../../pipeline/analyzer.ts';
import { segment } from '../../pipeline/segment/segment.ts';
import { PostgresStore } from '../../storage/postgres/postgres-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from '../../storage/postgres/test-postgres.ts';
import { ingestArticles } from '../ingest-articles.ts';
import { JobQueue } from './job-queue.ts';
import { runWorker } from './run-worker.ts';

const url = await testPostgresUrl();

function articles(count: number, prefix: string): RawArticle[] {
  return Array.from({ length: count }, (_, i) => ({
    text: `Dock workers in Orlen port number ${i} stopped work on ${prefix} morning. The harbour board said talks would resume.`,
    url: `https://news.example.test/${prefix}/${i}`,
    source: 'Example Wire',
    published: '2025-05-01',
  }));
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('job queue workers', { skip: url ? false : 'TIDINGS_TEST_PG unset or unreachable' }, () => {
  const schema = uniqueTestSchema('jobs');
  const dbUrl = `${url}?schema=${schema}`;
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await createAnalyzer({}, [segment]);
  });
  after(async () => {
    if (url) {
      await dropTestSchema(url, schema);
      await dropTestSchema(url, `${schema}_jobs`);
    }
  });

  it('queues an article once however often it is enqueued', async () => {
    const queue = await JobQueue.open(dbUrl);
    try {
      const batch = articles(5, 'once');
      assert.equal(await queue.enqueueArticles(batch), 5);
      assert.equal(await queue.enqueueArticles(batch), 0);
      assert.equal(await queue.enqueueArticles([...batch.slice(0, 2), ...articles(1, 'other')]), 1);
    } finally {
      await queue.stop();
    }
  });

  it('shares the work between two workers and stores every article exactly once', async () => {
    const queue = await JobQueue.open(dbUrl);
    const first = await PostgresStore.open({ connectionString: url ?? '', schema });
    const stores = [first, await PostgresStore.open({ connectionString: url ?? '', schema })];
    try {
      const batch = articles(60, 'shared');
      await queue.enqueueArticles(batch);
      const workers = stores.map((store) => runWorker({ queue, store, analyzer, batchSize: 5, idleMs: 50 }));
      await until(async () => (await queue.pending()).articles === 0, 20_000);
      await Promise.all(workers.map((w) => w.stop()));
      const stored = workers.reduce((sum, w) => sum + w.counts.stored, 0);
      const stats = await first.stats();
      assert.equal(stats.articles, 66, 'the 6 from the first test and the 60 here');
      assert.ok(stored >= 60, `stored ${stored}`);
      assert.ok(workers.every((w) => w.counts.stored > 0), 'both workers took a share');
      for (const article of batch.slice(0, 3)) {
        const hits = await first.search({ text: 'Orlen', source: 'Example Wire', limit: 500 });
        assert.equal(hits.hits.filter((h) => h.url === article.url).length, 1);
      }
    } finally {
      await queue.stop();
      for (const store of stores) await store.close();
    }
  });

  it('places a stored article in a story when its job is retried after a crash between the store and the corpus step', async () => {
    const queue = await JobQueue.open(dbUrl);
    const store = await PostgresStore.open({ connectionString: url ?? '', schema });
    try {
      const [article] = articles(1, 'crash-gap');
      assert.ok(article);
      // The crash gap: the document is committed, but the corpus step never ran.
      const first = await ingestArticles([{ label: 'gap', article }], { store, analyzer, hooks: [] });
      const id = first.ids[0] ?? '';
      assert.equal(await store.corpus.storyIdOf(id), undefined);
      await queue.enqueueArticles([article]);
      const worker = runWorker({ queue, store, analyzer, batchSize: 5, idleMs: 50 });
      await until(async () => (await queue.pending()).articles === 0, 20_000);
      await worker.stop();
      assert.equal(worker.counts.stored, 0, 'not stored a second time');
      assert.notEqual(await store.corpus.storyIdOf(id), undefined);
    } finally {
      await queue.stop();
      await store.close();
    }
  });
});
