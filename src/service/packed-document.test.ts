import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../pipeline/analyzer.ts';
import { segment } from '../pipeline/segment/segment.ts';
import type { Stage } from '../pipeline/stage.ts';
import { packDocument, unpackDocument } from './packed-document.ts';

const analyzer = await createAnalyzer({}, [segment as Stage<unknown>]);
const crossThreads = (doc: ReturnType<typeof analyzer.analyze>) => {
  const { packed, transfer } = packDocument(doc);
  return unpackDocument(structuredClone(packed, { transfer }));
};

test('rebuilds a document key for key after its tokens cross a thread as columns', () => {
  const doc = analyzer.analyze("The ministers didn't meet in Újezd on Tuesday;\nthey'll talk by phone — officials said.");
  const back = crossThreads(doc);
  assert.deepEqual(back, doc);
  assert.equal(JSON.stringify(back), JSON.stringify(doc));
});

test('sends a document whose token text is not its span of the text as it is', () => {
  const doc = analyzer.analyze('Two words.');
  const odd = { ...doc, tokens: doc.tokens.map((token, i) => (i === 0 ? { ...token, text: 'Three' } : token)) };
  assert.equal(packDocument(odd).packed, odd);
  assert.deepEqual(crossThreads(odd), odd);
});
