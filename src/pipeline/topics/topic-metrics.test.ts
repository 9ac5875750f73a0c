import assert from 'node:assert/strict';
import { test } from 'node:test';
import { predictMappedLabel, scoreTopicPredictions } from './topic-metrics.ts';

const mapping = { World: ['politics', 'war-and-conflicts'], Sports: 'sports' };

test('predicts the gold label holding the best-scoring mapped slug, ignoring unmapped slugs', () => {
  const topics = [
    { slug: 'health', score: 0.6, evidence: [] },
    { slug: 'war-and-conflicts', score: 0.3, evidence: [] },
    { slug: 'sports', score: 0.1, evidence: [] },
  ];
  assert.equal(predictMappedLabel(topics, mapping), 'World');
});

test('scores accuracy, per-label F1 and macro-F1, counting a missing prediction as wrong', () => {
  const metrics = scoreTopicPredictions([
    ['World', 'World'],
    ['World', 'Sports'],
    ['Sports', 'Sports'],
    ['Sports', undefined],
  ]);
  assert.equal(metrics.accuracy, 0.5);
  assert.equal(metrics.perLabel['World']?.precision, 1);
  assert.equal(metrics.perLabel['Sports']?.precision, 0.5);
  assert.equal(metrics.confusion['Sports']?.['(none)'], 1);
  assert.equal(metrics.macroF1, 0.5833);
});
