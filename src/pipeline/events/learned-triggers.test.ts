import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TriggerModel } from '../../knowledge/events/trigger-model.ts';
import { createAnalyzer } from '../analyzer.ts';
import { RULES_ALONE } from '../stage.ts';
import { events, type EventResources } from './events.ts';
import { modelTriggerProposer } from './learned-triggers.ts';

// A hand-written model that knows one verb the patterns lack: "nag" as a root-11 act (disapprove), coded 111.
const PESTER: TriggerModel = { kind: 'trigger-model', classes: ['NONE', '11'], lemmas: ['nag'], codes: { 'nag|11': '111' }, weights: { 'w=nag': [1, 4], bias: [0, 1] }, threshold: 0.5 };
// The other learned stages stay off, so that a retrained side model or filter cannot move these tests.
const learned = createAnalyzer({ ...RULES_ALONE, learnedTriggers: modelTriggerProposer(PESTER) });
const unsure = createAnalyzer({ ...RULES_ALONE, learnedTriggers: modelTriggerProposer(PESTER, 0.999) });
const oneSided = createAnalyzer({ ...RULES_ALONE, learnedTriggers: modelTriggerProposer({ ...PESTER, keepsOneSided: true }) });
const rulesAlone = createAnalyzer(RULES_ALONE);

async function eventsOf(analyzer: typeof learned, text: string): Promise<string[]> {
  return (await analyzer).analyze(text, { published: '2025-03-12' }).events.map((event) => `${event.code} ${event.sourceCode ?? '?'}>${event.targetCode ?? '?'} ${event.rule} ${event.confidence.toFixed(2)}`);
}

test('a trigger the model proposes where the rules found none is coded with the sides the rules find, under its own rule id and half the confidence', async () => {
  assert.deepEqual(await eventsOf(rulesAlone, 'France nagged Germany over the budget on Monday.'), []);
  assert.deepEqual(await eventsOf(learned, 'France nagged Germany over the budget on Monday.'), ['111 FRA>DEU learned:111 0.35']);
});

test('a proposed trigger the rules find only one side of codes nothing', async () => {
  // A coded actor is there, so the proposer does run: the event is refused for its missing target, not skipped.
  assert.deepEqual(await eventsOf(learned, 'France nagged everyone on Monday.'), []);
});

test('a root the rules already coded in the sentence is not proposed again', async () => {
  const events = await eventsOf(learned, 'France criticised Germany on Monday and nagged Italy.');
  assert.equal(events.filter((event) => event.startsWith('11')).length, 1);
  assert.ok(!events.some((event) => event.includes('learned:')));
});

test('a proposal under the threshold leaves the sentence as the rules coded it', async () => {
  assert.deepEqual(await eventsOf(unsure, 'France nagged Germany over the budget on Monday.'), []);
});

test('a one-sided proposal the side-chooser does not complete leaves the document', async () => {
  assert.deepEqual(await eventsOf(oneSided, 'France nagged somebody over the budget on Monday.'), []);
  assert.deepEqual(await eventsOf(oneSided, 'France nagged Germany over the budget on Monday.'), ['111 FRA>DEU learned:111 0.35']);
});

test('the committed proposer runs unless turned off, and turned off the analyzer codes as the rules do', async () => {
  assert.notEqual(((await events.prepare?.({})) as EventResources).triggerProposer, undefined);
  assert.equal(((await events.prepare?.({ learnedTriggers: false })) as EventResources).triggerProposer, undefined);
  assert.deepEqual(await eventsOf(rulesAlone, 'France nagged Germany over the budget on Monday.'), []);
});

test('the proposer turns a sentence away only when it would propose nothing there: a scored lemma that is not a verb or noun', () => {
  const proposer = modelTriggerProposer(PESTER, 0);
  const tokens = ['VERB', 'NOUN', 'ADJ', 'PROPN'].map((pos, at) => ({ text: 'nag', lemma: 'nag', pos, span: { start: at * 4, end: at * 4 + 3 }, precededBySpace: at > 0 }));
  for (let at = 0; at < tokens.length; at++) {
    const sentence = { span: { start: 0, end: 16 }, firstToken: at, lastToken: at };
    const proposals = proposer.propose({ tokens, sentence, inMention: new Set(), consumed: new Set(), events: [] });
    assert.equal(proposer.mayPropose?.(tokens, sentence), proposals.length > 0, tokens[at]?.pos);
  }
});
