import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelCodings, trainEventFilter, type RecordedCoding } from './train-event-filter.ts';

const coding = (root: string, source: string, target: string, features: string[] = ['bias']): RecordedCoding => ({ root, source, target, features });

test('an event is right when a gold coding has its root and both sides, each gold coding counting once', () => {
  const gold = [{ code: '111', source: 'BRAGOV', target: 'ARG' }];
  const labels = labelCodings([coding('11', 'BRA', 'ARG'), coding('11', 'BRA', 'ARG'), coding('04', 'BRA', 'ARG')], gold).map((example) => example.isRight);
  assert.deepEqual(labels, [true, false, false]);
});

test('a sentence with no gold codings makes every event wrong', () => {
  assert.deepEqual(labelCodings([coding('11', 'BRA', 'ARG')], []).map((example) => example.isRight), [false]);
});

test('training twice on the same examples writes the same model, and a feature seen only with wrong events weighs against', () => {
  const examples = Array.from({ length: 60 }, (_, at) => ({ features: ['bias', at % 3 === 0 ? 'word=football' : 'word=minister'], isRight: at % 3 !== 0 }));
  const model = trainEventFilter(examples, 0.3);
  assert.deepEqual(model, trainEventFilter(examples, 0.3));
  assert.equal(model.kind, 'event-filter-model');
  assert.equal(model.threshold, 0.3);
  assert.ok((model.weights['word=football'] ?? 0) < 0);
});
