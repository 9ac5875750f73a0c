import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadEventFilterModel, saveEventFilterModel } from './event-filter-model.ts';

test('the committed event filter model loads, with a threshold cross-validation could have picked', () => {
  const model = loadEventFilterModel();
  assert.equal(model.kind, 'event-filter-model');
  assert.ok(model.threshold > 0 && model.threshold <= 2);
});

test('a saved filter model reads back the same, and a file that is no filter model is a configuration error naming it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'event-filter-model-'));
  const path = join(folder, 'model.json');
  const model = { kind: 'event-filter-model' as const, threshold: 0.2, weights: { 'word=football': -1.5, bias: 0.25 } };
  saveEventFilterModel(path, model);
  assert.deepEqual(loadEventFilterModel(path), model);
  writeFileSync(path, '{"kind":"side-model"}');
  assert.throws(() => loadEventFilterModel(path), /is not a tidings event filter model/);
});
