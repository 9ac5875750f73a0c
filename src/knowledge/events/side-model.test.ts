import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../model/errors.ts';
import { loadSideModel, saveSideModel } from './side-model.ts';

test('the committed side model loads, with a threshold and margin cross-validation could have picked', () => {
  const model = loadSideModel();
  assert.equal(model.kind, 'side-model');
  assert.ok(model.threshold > 0 && model.threshold <= 2);
  assert.ok(model.margin > 0);
  assert.ok(Object.keys(model.weights).length > 100);
});

test('a saved model reads back the same, and a file that is no side model is a configuration error naming it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'side-model-'));
  const path = join(folder, 'model.json');
  const model = { kind: 'side-model' as const, threshold: 0.4, margin: 2, trainedOn: ['own-set'], weights: { 'open|source|at=before': 1.5, bias: -0.25 } };
  saveSideModel(path, model);
  assert.deepEqual(loadSideModel(path), model);
  writeFileSync(path, '{"kind":"trigger-model"}');
  assert.throws(() => loadSideModel(path), /is not a tidings side model/);
});

test('a side model without a margin, with no weights or with a weight that is no number is refused, not half-read', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'side-model-')), 'model.json');
  for (const body of ['{"kind":"side-model","threshold":0.5,"weights":{"bias":1}}', '{"kind":"side-model","threshold":0.5,"margin":2,"trainedOn":"own-set","weights":{"bias":1}}', '{"kind":"side-model","threshold":0.5,"margin":2,"weights":null}', '{"kind":"side-model","threshold":0.5,"margin":2,"weights":{"bias":"1"}}', 'null']) {
    writeFileSync(path, body);
    assert.throws(() => loadSideModel(path), /is not a tidings side model/, body);
  }
  writeFileSync(path, '{"kind":"side-model",');
  assert.throws(() => loadSideModel(path), /is corrupt \(not JSON\)/);
});

test('a missing side model says how to write it and how to run without it', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'side-model-')), 'absent.json');
  assert.throws(() => loadSideModel(path), (error: unknown) => error instanceof ConfigError && /is missing/.test(error.message) && /npm run train:sides/.test(error.hint ?? '') && /--no-learned-sides/.test(error.hint ?? '') && /TIDINGS_LEARNED_SIDES=0/.test(error.hint ?? ''));
});

test('the committed side model lists the sets it was trained on', () => {
  assert.ok(loadSideModel().trainedOn?.includes('dev12'));
});
