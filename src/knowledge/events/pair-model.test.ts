import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../model/errors.ts';
import { loadPairModel, savePairModel, type PairModel } from './pair-model.ts';

test('the committed pair model loads with a threshold between 0 and 1 and the sets it was trained on', () => {
  const model = loadPairModel();
  assert.ok(model.threshold > 0 && model.threshold <= 1);
  assert.ok(Object.keys(model.weights).length > 0);
  assert.ok((model.trainedOn ?? []).length > 0);
});

test('a saved pair model reads back the same', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'pair-model-')), 'model.json');
  const model: PairModel = { kind: 'pair-model', threshold: 0.6, trainedOn: ['set-a'], weights: { bias: -1.5, 'order=source-first': 0.8 } };
  savePairModel(path, model);
  assert.deepEqual(loadPairModel(path), model);
});

test('a pair model file without a usable threshold or with a weight that is no number is a configuration error naming the way out', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'pair-model-')), 'model.json');
  const whole = { kind: 'pair-model', threshold: 0.5, weights: { bias: -1 } };
  for (const model of [{ ...whole, threshold: undefined }, { ...whole, threshold: '0.5' }, { ...whole, threshold: 0 }, { ...whole, threshold: 1.5 }, { ...whole, weights: { bias: '-1' } }, { ...whole, kind: 'side-model' }, { ...whole, trainedOn: 'set-a' }]) {
    writeFileSync(path, JSON.stringify(model));
    assert.throws(() => loadPairModel(path), (error: unknown) => error instanceof ConfigError && /is not a tidings pair model/.test(error.message) && /npm run train:pairs/.test(error.hint ?? ''), JSON.stringify(model));
  }
  writeFileSync(path, '{"kind":"pair-model",');
  assert.throws(() => loadPairModel(path), /is corrupt \(not JSON\)/);
  assert.throws(() => loadPairModel(join(path, '..', 'absent.json')), /is missing/);
});
