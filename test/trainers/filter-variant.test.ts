import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LOGISTIC_TRAINING } from '../../src/pipeline/events/logistic-model.ts';
import { parseFilterVariant } from '../../scripts/filter-variant.ts';

test('a default variant keeps every trainer setting and drops no feature', () => {
  assert.deepEqual(parseFilterVariant('default'), { training: DEFAULT_LOGISTIC_TRAINING, dropped: [], minSets: 1 });
});

test('a variant joins its settings with plus signs and its dropped families with bars', () => {
  const variant = parseFilterVariant('l2:0.01+min-count:5+min-sets:3+drop:word=|code=');
  assert.equal(variant.training.l2, 0.01);
  assert.equal(variant.training.minFeatureCount, 5);
  assert.equal(variant.training.epochs, DEFAULT_LOGISTIC_TRAINING.epochs);
  assert.equal(variant.minSets, 3);
  assert.deepEqual(variant.dropped, ['word=', 'code=']);
});

test('a misspelt setting stops the comparison rather than being ignored', () => {
  assert.throws(() => parseFilterVariant('l3:0.01'), /Unknown filter setting "l3:0.01"/);
});
