import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TrainingExample } from './logistic-model.ts';
import { trainSideModel } from './train-side-model.ts';

const examples: TrainingExample[] = Array.from({ length: 60 }, (_, at) => ({ features: ['bias', at % 3 === 0 ? 'open|source|at=before' : 'open|source|at=after', `noise=${at % 5}`], isRight: at % 3 === 0 }));

test('training twice on the same examples writes the same model', () => {
  assert.deepEqual(trainSideModel(examples, { threshold: 0.4, margin: 2 }), trainSideModel(examples, { threshold: 0.4, margin: 2 }));
});

test('a feature seen only with right candidates gets a positive weight, and the settings are kept', () => {
  const model = trainSideModel(examples, { threshold: 0.4, margin: 2 });
  assert.ok((model.weights['open|source|at=before'] ?? 0) > 0);
  assert.ok((model.weights['open|source|at=after'] ?? 0) < 0);
  assert.equal(model.threshold, 0.4);
  assert.equal(model.margin, 2);
});
