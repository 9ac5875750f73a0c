import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreClusters, scorePairs } from './cluster-metrics.ts';

test('scores a perfect clustering as 1 on every measure', () => {
  const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
  const scores = scoreClusters(new Map([['a', '1'], ['b', '1'], ['c', '2']]), gold);
  assert.deepEqual(scores.bcubed, { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(scores.pairwise, { precision: 1, recall: 1, f1: 1 });
});

test('computes BCubed precision and recall when two gold clusters are merged', () => {
  const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
  const scores = scoreClusters(new Map([['a', '1'], ['b', '1'], ['c', '1']]), gold);
  // a, b: 2 of 3 correct; c: 1 of 3. Recall is 1 for everyone.
  assert.equal(scores.bcubed.precision, 0.5556);
  assert.equal(scores.bcubed.recall, 1);
  assert.equal(scores.pairwise.precision, 0.3333);
});

test('counts duplicate pairs against gold groups, singletons excluded', () => {
  const gold = new Map([['a', 'g'], ['b', 'g'], ['c', 'h'], ['d', 'h']]);
  const scores = scorePairs(new Map([['a', 'a'], ['b', 'a'], ['c', 'c'], ['e', 'c']]), gold);
  assert.equal(scores.correctPairs, 1);
  assert.equal(scores.precision, 0.5);
  assert.equal(scores.recall, 0.5);
});
