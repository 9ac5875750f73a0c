import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../model/errors.ts';
import { loadTriggerModel, saveTriggerModel, type TriggerModel } from './trigger-model.ts';

test('the committed trigger model loads with NONE as its first class and a threshold between 0 and 1', () => {
  const model = loadTriggerModel();
  assert.equal(model.classes[0], 'NONE');
  assert.ok(model.threshold > 0 && model.threshold < 1);
  assert.ok(model.lemmas.length > 0 && Object.keys(model.weights).length > 0);
});

test('a saved model reads back the same, and a file that is no trigger model is a configuration error', () => {
  const folder = mkdtempSync(join(tmpdir(), 'trigger-model-'));
  const model: TriggerModel = { kind: 'trigger-model', classes: ['NONE', '19'], lemmas: ['shell'], codes: { 'shell|19': '194' }, weights: { 'w=shell': [1, 2.5], bias: [0, 0.5] }, threshold: 0.5 };
  saveTriggerModel(join(folder, 'model.json'), model);
  assert.deepEqual(loadTriggerModel(join(folder, 'model.json')), model);
  writeFileSync(join(folder, 'other.json'), '{"kind":"naive-bayes"}');
  assert.throws(() => loadTriggerModel(join(folder, 'other.json')), ConfigError);
  assert.throws(() => loadTriggerModel(join(folder, 'absent.json')), (error: unknown) => error instanceof ConfigError && /is missing/.test(error.message) && /npm run train:triggers/.test(error.hint ?? ''));
});

test('a trigger model without a threshold, lemmas or codes, or with a weight that is no list of pairs, is refused, not half-read', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'trigger-model-')), 'model.json');
  const whole = { kind: 'trigger-model', classes: ['NONE', '19'], lemmas: ['shell'], codes: {}, threshold: 0.5, weights: { bias: [0, 0.5] } };
  const broken = [
    { ...whole, threshold: undefined },
    { ...whole, threshold: '0.5' },
    { ...whole, lemmas: undefined },
    { ...whole, codes: undefined },
    { ...whole, classes: ['19', 'NONE'] },
    { ...whole, weights: { bias: 0.5 } },
    { ...whole, weights: { bias: [0] } },
    { ...whole, weights: { bias: [0, '0.5'] } },
  ];
  for (const model of broken) {
    writeFileSync(path, JSON.stringify(model));
    assert.throws(() => loadTriggerModel(path), /is not a tidings trigger model/, JSON.stringify(model));
  }
  writeFileSync(path, '{"kind":"trigger-model",');
  assert.throws(() => loadTriggerModel(path), /is corrupt \(not JSON\)/);
});
