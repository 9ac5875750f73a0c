import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../model/errors.ts';
import { createAnalyzer } from './analyzer.ts';
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
