import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFeatureTables } from './feature-tables.ts';
import { loadNerModel } from './ner-weights.ts';

test("gives each lower-cased form, in one look-up, the pair id and lower-case rows the separate tables hold, and -1 for a form in neither", () => {
  const tables = buildFeatureTables(loadNerModel());
  const mismatched: string[] = [];
  for (const text of [...tables.pairIds.keys(), ...tables.lowers.values(), 'zqvxe-never-seen', '']) {
    const k = tables.lowerForms.get(text);
    const pairId = k === undefined ? -1 : tables.formPairIds[k];
    const lowerAt = k === undefined ? -1 : tables.formLowerAt[k];
    if (pairId !== (tables.pairIds.get(text) ?? -1) || lowerAt !== tables.lowers.find(text)) mismatched.push(text);
  }
  assert.deepEqual(mismatched, []);
  assert.ok(tables.lowerForms.size > 0);
});
