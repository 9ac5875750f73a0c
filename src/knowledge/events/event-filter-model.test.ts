import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../model/errors.ts';
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

test('a filter model that is null, has no threshold, or has weights that are null or no numbers is refused, not half-read', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'event-filter-model-')), 'model.json');
  for (const body of ['null', '[]', '{"kind":"event-filter-model","weights":{"bias":1}}', '{"kind":"event-filter-model","threshold":0.2,"weights":null}', '{"kind":"event-filter-model","threshold":0.2,"weights":{"bias":"1"}}']) {
    writeFileSync(path, body);
    assert.throws(() => loadEventFilterModel(path), /is not a tidings event filter model/, body);
  }
});

test('a missing filter model says how to write it and how to run without it', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'event-filter-model-')), 'absent.json');
  assert.throws(() => loadEventFilterModel(path), (error: unknown) => error instanceof ConfigError && /is missing/.test(error.message) && /npm run train:filter/.test(error.hint ?? '') && /--no-event-filter/.test(error.hint ?? '') && /TIDINGS_EVENT_FILTER=0/.test(error.hint ?? ''));
});
