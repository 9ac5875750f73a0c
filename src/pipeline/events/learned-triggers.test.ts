import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TriggerModel } from '../../knowledge/events/trigger-model.ts';
import { createAnalyzer } from '../analyzer.ts';
import { modelTriggerProposer } from './learned-triggers.ts';

// A hand-written model that knows one verb the patterns lack: "nag" as a root-11 act (disapprove), coded 111.
const PESTER: TriggerModel = { kind: 'trigger-model', classes: ['NONE', '11'], lemmas: ['nag'], codes: { 'nag|11': '111' }, weights: { 'w=nag': [1, 4], bias: [0, 1] }, threshold: 0.5 };
const learned = createAnalyzer({ learnedTriggers: modelTriggerProposer(PESTER) });
const rulesAlone = createAnalyzer();

async function eventsOf(analyzer: typeof learned, text: string): Promise<string[]> {
  return (await analyzer).analyze(text, { published: '2025-03-12' }).events.map((event) => `${event.code} ${event.sourceCode ?? '?'}>${event.targetCode ?? '?'} ${event.rule} ${event.confidence.toFixed(2)}`);
}

test('a trigger the model proposes where the rules found none is coded with the sides the rules find, under its own rule id and half the confidence', async () => {
  assert.deepEqual(await eventsOf(rulesAlone, 'France nagged Germany over the budget on Monday.'), []);
  assert.deepEqual(await eventsOf(learned, 'France nagged Germany over the budget on Monday.'), ['111 FRA>DEU learned:111 0.35']);
});

test('a proposed trigger whose sides the rules cannot find codes nothing', async () => {
  assert.deepEqual(await eventsOf(learned, 'They nagged everyone on Monday.'), []);
});

test('a root the rules already coded in the sentence is not proposed again', async () => {
  const events = await eventsOf(learned, 'France criticised Germany on Monday and nagged Italy.');
  assert.equal(events.filter((event) => event.startsWith('11')).length, 1);
  assert.ok(!events.some((event) => event.includes('learned:')));
});
