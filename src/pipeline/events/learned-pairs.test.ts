import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PairModel } from '../../knowledge/events/pair-model.ts';
import type { TriggerModel } from '../../knowledge/events/trigger-model.ts';
import { createAnalyzer } from '../analyzer.ts';
import { RULES_ALONE, type AnalyzerOptions } from '../stage.ts';
import { events as eventsStage, type EventResources } from './events.ts';
import { modelPairChooser } from './learned-pairs.ts';
import { modelTriggerProposer } from './learned-triggers.ts';

// A hand-written proposer that knows one verb the patterns lack ("nag", a root-11 act coded 111), and a pair model that
// likes a pair read in sentence order with the source before the trigger.
const PESTER: TriggerModel = { kind: 'trigger-model', classes: ['NONE', '11'], lemmas: ['nag'], codes: { 'nag|11': '111' }, weights: { 'w=nag': [1, 4], bias: [0, 1] }, threshold: 0.5 };
const IN_ORDER: PairModel = { kind: 'pair-model', threshold: 0.5, weights: { bias: -2, 'order=source-first': 1.5, 'places=before|after': 1.5 } };
const proposer = modelTriggerProposer(PESTER);
// The other learned stages stay off, so that a retrained side model or filter cannot move these tests.
const paired = createAnalyzer({ ...RULES_ALONE, learnedTriggers: proposer, learnedPairs: modelPairChooser(IN_ORDER) });
const unsure = createAnalyzer({ ...RULES_ALONE, learnedTriggers: proposer, learnedPairs: modelPairChooser(IN_ORDER, 0.99) });
const proposerAlone = createAnalyzer({ ...RULES_ALONE, learnedTriggers: proposer });

async function eventsOf(analyzer: typeof paired, text: string): Promise<string[]> {
  return (await analyzer).analyze(text, { published: '2025-03-12' }).events.map((event) => `${event.code} ${event.sourceCode ?? '?'}>${event.targetCode ?? (event.isTargetless ? '---' : '?')} ${event.rule}`);
}

test('a proposal the rules find no target for takes the pair the model favours, under a rule marked learned-pair', async () => {
  const text = 'Throughout the long winter, France nagged about the quotas until Germany gave way.';
  assert.deepEqual(await eventsOf(proposerAlone, text), []);
  assert.deepEqual(await eventsOf(paired, text), ['111 FRA>DEU learned:111+learned-pair']);
});

test('a proposal whose best pair stays under the threshold is dropped, as without the pair chooser', async () => {
  assert.deepEqual(await eventsOf(unsure, 'Throughout the long winter, France nagged about the quotas until Germany gave way.'), []);
});

test("a rules' event left without a target keeps it so while the pair chooser works on the sentence's proposal", async () => {
  // The rules code the threat with France as source and no target; the model would pair France with Germany after it.
  const text = 'France threatened to walk out of the talks while Spain nagged about the quotas until Germany gave way.';
  assert.deepEqual(await eventsOf(proposerAlone, text), ['134 FRA>? 134:threaten-halt-talk']);
  const events = await eventsOf(paired, text);
  assert.equal(events[0], '134 FRA>? 134:threaten-halt-talk');
  assert.ok(events.slice(1).some((event) => event.endsWith('+learned-pair')), events.join('; '));
});

test('the pair chooser is off unless asked for, and is not even prepared while the proposer is off', async () => {
  const chooser = modelPairChooser(IN_ORDER);
  const prepared = async (options: AnalyzerOptions): Promise<EventResources> => (await eventsStage.prepare?.(options)) as EventResources;
  assert.equal((await prepared({ ...RULES_ALONE, learnedTriggers: proposer })).pairChooser, undefined);
  assert.equal((await prepared({ ...RULES_ALONE, learnedPairs: chooser })).pairChooser, undefined);
  // With both on, the chooser is there and the proposer keeps its unsided proposals for it.
  const both = await prepared({ ...RULES_ALONE, learnedTriggers: proposer, learnedPairs: chooser });
  assert.equal(both.pairChooser, chooser);
  assert.equal(both.triggerProposer?.keepsUnsided, true);
});
