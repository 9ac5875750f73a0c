import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SideModel } from '../../knowledge/events/side-model.ts';
import { createAnalyzer } from '../analyzer.ts';
import { RULES_ALONE } from '../stage.ts';
import { modelSideChooser } from './learned-sides.ts';

// Hand-written models: one that trusts any actor named before the trigger for an open source, and one that would
// rather take an actor after the trigger for a source the rules already filled.
const BEFORE: SideModel = { kind: 'side-model', threshold: 0.5, margin: 2, weights: { 'open|source|at=before': 4, bias: -1 } };
const AFTER: SideModel = { kind: 'side-model', threshold: 0.5, margin: 0.1, weights: { 'held|source|at=after': 6, 'held|source|rule': -3, bias: -1 } };
// The default analyzer runs the committed models: the rules' own coding is asked for with both off, and the chooser
// under test runs without the committed event filter, so retraining the filter cannot change these expectations.
const rulesAlone = createAnalyzer(RULES_ALONE);

async function eventsOf(analyzer: ReturnType<typeof createAnalyzer>, text: string): Promise<string[]> {
  return (await analyzer).analyze(text, { published: '2025-03-12' }).events.map((event) => `${event.code} ${event.sourceCode ?? '?'}>${event.targetCode ?? '?'} ${event.rule}`);
}

test('an attack whose doer the rules leave open takes the actor named before it when the model is sure, under a marked rule', async () => {
  const text = 'Officials in Chad said soldiers were attacked near the border on Monday.';
  assert.deepEqual(await eventsOf(rulesAlone, text), ['190 ?>TCDMIL 190:attack']);
  const [event] = await eventsOf(createAnalyzer({ ...RULES_ALONE, learnedSides: modelSideChooser(BEFORE) }), text);
  assert.match(event ?? '', /^190 TCD\w*>TCDMIL 190:attack\+learned-side$/);
});

test('an open side stays open when no candidate reaches the threshold', async () => {
  const text = 'Officials in Chad said soldiers were attacked near the border on Monday.';
  assert.deepEqual(await eventsOf(createAnalyzer({ ...RULES_ALONE, learnedSides: modelSideChooser(BEFORE, { threshold: 0.99, margin: 2 }) }), text), ['190 ?>TCDMIL 190:attack']);
});

test("the rules' source stands unless another candidate beats it by the margin", async () => {
  const text = 'Kenya condemned Uganda on Monday after talks with Tanzania.';
  const ruled = (await eventsOf(rulesAlone, text)).find((event) => event.startsWith('111'));
  assert.equal(ruled, '111 KEN>UGA 111:criticize');
  assert.ok((await eventsOf(createAnalyzer({ ...RULES_ALONE, learnedSides: modelSideChooser(AFTER, { threshold: 0.5, margin: 2 }) }), text)).includes(ruled));
  // Margin met: the source goes to the actor after the trigger that is not the target.
  assert.ok((await eventsOf(createAnalyzer({ ...RULES_ALONE, learnedSides: modelSideChooser(AFTER) }), text)).includes('111 TZA>UGA 111:criticize+learned-side'));
});

test("an unnamed agent the model places keeps its role and its own words: troops of a government are the country's troops", async () => {
  const text = 'The Chadian government said troops attacked rebels from Niger on Monday.';
  assert.deepEqual(await eventsOf(rulesAlone, text), ['190 ---MIL>NERREB 190:attack']);
  const analyzer = createAnalyzer({ ...RULES_ALONE, learnedSides: modelSideChooser(BEFORE) });
  assert.deepEqual(await eventsOf(analyzer, text), ['190 TCDMIL>NERREB 190:attack+learned-side']);
  const [ruled] = (await rulesAlone).analyze(text, { published: '2025-03-12' }).events;
  const [placed] = (await analyzer).analyze(text, { published: '2025-03-12' }).events;
  assert.equal(placed?.sourceActorId, ruled?.sourceActorId);
});
