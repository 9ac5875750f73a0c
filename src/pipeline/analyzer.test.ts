import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../model/errors.ts';
import { analyzeEach, BATCH_CHARACTERS, BATCH_SIZE, createAnalyzer, splitBatches } from './analyzer.ts';
import { checkStageOrder } from './check-stage-order.ts';
import type { Stage } from './stage.ts';

describe('createAnalyzer', () => {
  it('gives every token an exact span into the original text', async () => {
    const analyzer = await createAnalyzer();
    const text = 'The mayor of Lisbon spoke on Monday.\n\nCrowds gathered   outside.';
    const doc = analyzer.analyze(text, { published: '2025-03-05' });
    assert.ok(doc.tokens.length > 8);
    for (const token of doc.tokens) assert.equal(text.slice(token.span.start, token.span.end), token.text);
    assert.equal(doc.sentences.length, 2);
  });

  it('rejects empty text with an InputError', async () => {
    const analyzer = await createAnalyzer();
    assert.throws(() => analyzer.analyze('   \n '), InputError);
  });

  it('rejects binary junk with an InputError', async () => {
    const analyzer = await createAnalyzer();
    assert.throws(() => analyzer.analyze('\u0000\u0001\u0002binary'), InputError);
  });
});

describe('checkStageOrder', () => {
  it('names the stage and its missing prerequisite when the order is wrong', () => {
    const first: Stage = { name: 'events', needs: ['dates'], run: () => ({}) };
    const second: Stage = { name: 'dates', needs: [], run: () => ({}) };
    assert.throws(() => checkStageOrder([first, second]), /`events` needs `dates`, which does not run before it/);
  });
});

describe('analyzeBatch', () => {
  it('gives each article what analyze gives it alone, and keeps a bad article from failing the others', async () => {
    const analyzer = await createAnalyzer();
    const articles = [
      { text: 'The harbour board of Velmar met on Tuesday. Two ferries were delayed.', meta: { published: '2025-04-02' } },
      { text: '   ' },
      { text: 'Minister Oda Lenk told reporters in Brastow that 300 workers would strike next week.', meta: { title: 'Strike looms' } },
    ];
    const batch = analyzer.analyzeBatch(articles);
    assert.equal(batch.length, 3);
    assert.ok(batch[1] instanceof InputError);
    for (const i of [0, 2]) {
      const { text, meta } = articles[i] as { text: string; meta?: { published?: string; title?: string } };
      assert.deepEqual(batch[i], analyzer.analyze(text, meta));
    }
  });

  it('stops only the article whose stage throws, with that stage error', async () => {
    const failing: Stage = { name: 'picky', needs: [], run: (doc) => (doc.text.includes('boom') ? assert.fail('boom') : {}) };
    const analyzer = await createAnalyzer({}, [failing]);
    const results = analyzeEach(analyzer, [{ text: 'fine' }, { text: 'boom' }, { text: 'fine too' }]);
    assert.equal((results[0] as { text: string }).text, 'fine');
    assert.match(String(results[1]), /boom/);
    assert.equal((results[2] as { text: string }).text, 'fine too');
  });
});

describe('splitBatches', () => {
  it('cuts a run of articles at the batch size and at the character budget, keeping their order', () => {
    const short = (n: number) => ({ text: `Short report ${n}.` });
    const counts = splitBatches(Array.from({ length: BATCH_SIZE + 3 }, (_, n) => short(n))).map((batch) => batch.length);
    assert.deepEqual(counts, [BATCH_SIZE, 3]);
    const long = { text: 'x'.repeat(BATCH_CHARACTERS * 0.6) };
    const batches = splitBatches([short(1), long, long, short(2), { text: 'y'.repeat(BATCH_CHARACTERS * 2) }, short(3)]);
    assert.deepEqual(batches.map((batch) => batch.length), [2, 2, 1, 1]);
    assert.equal(batches.flat().length, 6);
  });
});

