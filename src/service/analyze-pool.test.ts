import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { tmpdir } from 'node:os';
import { ConfigError, InputError } from '../model/errors.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import { analyzeInOrder } from './analyze-in-order.ts';
import { createAnalyzer } from '../pipeline/analyzer.ts';
import { createAnalyzePool, type AnalyzePool } from './analyze-pool.ts';
import { analyzeRawArticle } from './analyze-raw-article.ts';

describe('analyze pool', () => {
  let pool: AnalyzePool;
  before(() => {
    pool = createAnalyzePool({}, 2);
  });
  after(() => pool.close());

  it('returns results in input order while two threads work, and passes item errors through', async () => {
    async function* items(): AsyncGenerator<SourceItem> {
      for (let i = 0; i < 8; i++) {
        yield i === 3
          ? { label: 'bad', error: new InputError('line 4: not valid JSON.') }
          : { label: `n${i}`, article: { text: `Boat ${i} reached the harbour at Velm on Monday.`, title: `t${i}` } };
      }
    }
    const labels: string[] = [];
    for await (const result of analyzeInOrder(items(), pool, 3)) {
      labels.push(result.label);
      if ('doc' in result) assert.equal(result.doc.meta.title, `t${result.label.slice(1)}`);
      else assert.match(result.error.message, /line 4/);
    }
    assert.deepEqual(labels, ['n0', 'n1', 'n2', 'bad', 'n4', 'n5', 'n6', 'n7']);
  });

  it('reports a thread that cannot load its models as the ConfigError it threw', async () => {
    const broken = createAnalyzePool({ topics: 'no-such-topic-model', dataDir: tmpdir() }, 1);
    try {
      await assert.rejects(broken.ready(), (error: unknown) => error instanceof ConfigError && /no-such-topic-model/.test(error.message));
      await assert.rejects(broken.analyze({ text: 'Rain in Orla.' }), ConfigError);
    } finally {
      await broken.close();
    }
  });

  it('gives a burst of articles, analysed in batches inside the threads, the documents one analyzer gives them', async () => {
    const articles = Array.from({ length: 12 }, (_, i) => ({
      text: i === 5 ? ' ' : `Crews from Tarn ${i} repaired ${i + 2} bridges on Friday, the ministry said.`,
      published: '2025-05-0' + String(1 + (i % 9)),
    }));
    const results = await Promise.allSettled(articles.map((article) => pool.analyze(article)));
    const analyzer = await createAnalyzer();
    results.forEach((result, i) => {
      const article = articles[i] as { text: string; published: string };
      if (i === 5) assert.ok(result.status === 'rejected' && result.reason instanceof InputError);
      else assert.deepEqual(result.status === 'fulfilled' ? result.value : result.reason, analyzeRawArticle(analyzer, article));
    });
  });

  it('turns an analysis InputError in a thread back into an InputError', async () => {
    await assert.rejects(pool.analyze({ text: '   ' }), (error: unknown) => error instanceof InputError && /empty/.test(error.message));
  });
});
