import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelGoldTriggers } from './gold-trigger-labels.ts';
import { trainTriggerModel } from './train-trigger-model.ts';

// "Lisbon welcomed the pact and hosted talks" as candidate tokens with their offsets.
const candidates = [
  { lemma: 'welcome', span: { start: 7, end: 15 }, features: ['w=welcome'] },
  { lemma: 'pact', span: { start: 20, end: 24 }, features: ['w=pact'] },
  { lemma: 'host', span: { start: 29, end: 35 }, features: ['w=host'] },
  { lemma: 'talk', span: { start: 36, end: 41 }, features: ['w=talk'] },
];

test("labels the candidate holding a coder's trigger with its coding's root and code, and every other candidate NONE", () => {
  assert.deepEqual(
    labelGoldTriggers(candidates, [{ start: 29, code: '042' }]).map(({ lemma, root, code }) => [lemma, root, code]),
    [['welcome', 'NONE', undefined], ['pact', 'NONE', undefined], ['host', '04', '042'], ['talk', 'NONE', undefined]],
  );
});

test('gives a word two codings share the first one listed', () => {
  assert.deepEqual(labelGoldTriggers(candidates, [{ start: 36, code: '043' }, { start: 36, code: '042' }])[3]?.code, '043');
});

test('labels nothing for a trigger on no candidate token', () => {
  assert.ok(labelGoldTriggers(candidates, [{ start: 0, code: '010' }]).every(({ root }) => root === 'NONE'));
});

test("trains the same proposer twice from the same coders' labels", () => {
  const sentences = Array.from({ length: 6 }, () => labelGoldTriggers(candidates, [{ start: 29, code: '042' }, { start: 7, code: '051' }])).flat();
  assert.deepEqual(trainTriggerModel(sentences), trainTriggerModel(sentences));
  assert.ok(trainTriggerModel(sentences).lemmas.includes('host'));
});
