import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { tmpdir } from 'node:os';
import { ConfigError, InputError } from '../model/errors.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import { analyzeInOrder } from './analyze-in-order.ts';
import { createAnalyzePool, type AnalyzePool } from './analyze-pool.ts';

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

  it('turns an analysis InputError in a thread back into an InputError', async () => {
    await assert.rejects(pool.analyze({ text: '   ' }), (error: unknown) => error instanceof InputError && /empty/.test(error.message));
  });
});
