import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EventFilterModel } from '../../knowledge/events/event-filter-model.ts';
import type { TriggerModel } from '../../knowledge/events/trigger-model.ts';
import { createAnalyzer } from '../analyzer.ts';
import { RULES_ALONE } from '../stage.ts';
import { scratchDirectory } from '../../../test/support/scratch-directory.ts';
import { modelEventFilter } from './event-filter.ts';
import { modelTriggerProposer } from './learned-triggers.ts';

// A hand-written model that trusts every event unless its sentence speaks of football.
const FOOTBALL: EventFilterModel = { kind: 'event-filter-model', threshold: 0.5, weights: { bias: 2, 'word=football': -5 } };
const withFilter = createAnalyzer({ learnedTriggers: false, eventFilter: modelEventFilter(FOOTBALL) });

async function eventsOf(analyzer: ReturnType<typeof createAnalyzer>, text: string): Promise<string[]> {
  return (await analyzer).analyze(text, { published: '2025-03-12' }).events.map((event) => `${event.code} ${event.sourceCode ?? '?'}>${event.targetCode ?? '?'}`);
}

test('an event the model scores under the threshold leaves the document, and the next event keeps a numbered id', async () => {
  const text = 'Brazil criticised Argentina after the football match on Sunday. Chile praised Peru on Monday.';
  assert.deepEqual(await eventsOf(createAnalyzer({ learnedTriggers: false, eventFilter: false }), text), ['111 BRA>ARG', '051 CHL>PER']);
  const doc = (await withFilter).analyze(text, { published: '2025-03-12' });
  assert.deepEqual(doc.events.map((event) => `${event.code} ${event.sourceCode ?? '?'}>${event.targetCode ?? '?'}`), ['051 CHL>PER']);
  assert.match(doc.events[0]?.id ?? '', /:e1$/);
});

test('an event the model scores above the threshold stays', async () => {
  assert.deepEqual(await eventsOf(withFilter, 'Brazil criticised Argentina over the trade deal on Sunday.'), ['111 BRA>ARG']);
});

test('a threshold above 1 drops nothing, and createAnalyzer({ eventFilter: false }) keeps every coded event', async () => {
  const text = 'Brazil criticised Argentina after the football match on Sunday.';
  assert.deepEqual(await eventsOf(createAnalyzer({ learnedTriggers: false, eventFilter: modelEventFilter(FOOTBALL, 2) }), text), ['111 BRA>ARG']);
  assert.deepEqual(await eventsOf(createAnalyzer(RULES_ALONE), text), ['111 BRA>ARG']);
});

test('an event with a countryless role on a side stays whatever the model says: the act is real, only its country is missing', async () => {
  assert.deepEqual(await eventsOf(withFilter, 'Protesters threw stones at police after the football match on Sunday.'), ['145 ---OPP>---COP']);
});

test("an event of the user's own pattern stays whatever the model says: the model learned only from the built-in rules", async () => {
  const file = join(scratchDirectory('tidings-filter-patterns-'), 'mine.json');
  writeFileSync(file, JSON.stringify([{ code: '111', phrase: 'garland' }]));
  const text = 'Brazil garlanded Argentina after the football match on Sunday.';
  assert.deepEqual(await eventsOf(createAnalyzer({ ...RULES_ALONE, patternFiles: [file], eventFilter: modelEventFilter(FOOTBALL) }), text), ['111 BRA>ARG']);
});

test('a bare `---` side (no country, no role) is a kind of its own to the model, not a countryless role', async () => {
  const file = join(scratchDirectory('tidings-filter-actors-'), 'bare.json');
  writeFileSync(file, JSON.stringify([{ name: 'Greyhand Collective', code: '---' }]));
  const againstRoles: EventFilterModel = { kind: 'event-filter-model', threshold: 0.5, weights: { bias: 2, 'target=role': -5 } };
  const text = 'Brazil criticised the Greyhand Collective on Sunday.';
  assert.deepEqual(await eventsOf(createAnalyzer({ ...RULES_ALONE, actorFiles: [file], eventFilter: modelEventFilter(againstRoles) }), text), ['111 BRA>---']);
});

test('the filter reads how sure the trigger proposer was of an event it added, and an event the rules found reads as theirs', async () => {
  // A hand-written proposer that knows "nag" as a root-11 act and is sure of it (probability about 0.98).
  const nagging: TriggerModel = { kind: 'trigger-model', classes: ['NONE', '11'], lemmas: ['nag'], codes: { 'nag|11': '111' }, weights: { 'w=nag': [1, 4], bias: [0, 1] }, threshold: 0.5 };
  const analyzerAgainst = (weights: Record<string, number>): ReturnType<typeof createAnalyzer> => createAnalyzer({ ...RULES_ALONE, learnedTriggers: modelTriggerProposer(nagging), eventFilter: modelEventFilter({ kind: 'event-filter-model', threshold: 0.5, weights: { bias: 2, ...weights } }) });
  const text = 'Chile praised Peru on Monday. France nagged Germany over the budget on Monday.';
  assert.deepEqual(await eventsOf(analyzerAgainst({ 'proposal=<.4': -5 }), text), ['051 CHL>PER', '111 FRA>DEU']);
  assert.deepEqual(await eventsOf(analyzerAgainst({ 'proposal=.8+|root=11': -5 }), text), ['051 CHL>PER']);
  assert.deepEqual(await eventsOf(analyzerAgainst({ 'proposal=rules': -5 }), text), ['111 FRA>DEU']);
});
