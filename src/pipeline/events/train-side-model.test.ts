import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TrainingExample } from './logistic-model.ts';
import type { EventCoding } from './score-event-codings.ts';
import { labelSides, trainSideModel, type RecordedEvent } from './train-side-model.ts';

const examples: TrainingExample[] = Array.from({ length: 60 }, (_, at) => ({ features: ['bias', at % 3 === 0 ? 'open|source|at=before' : 'open|source|at=after', `noise=${at % 5}`], isRight: at % 3 === 0 }));

test('training twice on the same examples writes the same model', () => {
  assert.deepEqual(trainSideModel(examples, { threshold: 0.4, margin: 2 }), trainSideModel(examples, { threshold: 0.4, margin: 2 }));
});

test('a feature seen only with right candidates gets a positive weight, and the settings are kept', () => {
  const model = trainSideModel(examples, { threshold: 0.4, margin: 2 });
  assert.ok((model.weights['open|source|at=before'] ?? 0) > 0);
  assert.ok((model.weights['open|source|at=after'] ?? 0) < 0);
  assert.equal(model.threshold, 0.4);
  assert.equal(model.margin, 2);
});

// Hand-made recordings of an invented sentence, "The harbour board of Norland fined two ships from Sudmark", coded
// with an open target; each candidate carries one feature naming it, so a label can be read off by that name.
const candidate = (name: string, code: string, first: number) => ({ mention: { first, last: first, code, name }, features: [`candidate=${name}`], isRule: false });
const norland = candidate('Norland', 'NORGOV', 4);
const sudmark = candidate('Sudmark', 'SUDBUS', 9);
const openTarget = (source: string): RecordedEvent => ({
  root: '16',
  source,
  target: '?',
  sides: [{ side: 'target', isOpen: true, options: [norland, sudmark] }],
});
const rightCandidates = (events: readonly RecordedEvent[], gold: readonly EventCoding[]): string[] =>
  labelSides(events, gold).filter((example) => example.isRight).flatMap((example) => example.features);

test('a fill that repeats a coding the rules already match is labelled wrong', () => {
  const gold: EventCoding[] = [{ code: '163', source: 'NORGOV', target: 'SUDBUS' }];
  assert.deepEqual(rightCandidates([openTarget('NOR')], gold), ['candidate=Sudmark']);
  // The rules' complete event already scores the one gold coding: filling the open one would only repeat it.
  const complete: RecordedEvent = { root: '16', source: 'NOR', target: 'SUD', sides: [] };
  assert.deepEqual(rightCandidates([complete, openTarget('NOR')], gold), []);
});

test("an open side is right only when the event's other side matches the gold", () => {
  assert.deepEqual(rightCandidates([openTarget('NOR')], [{ code: '163', source: 'NORGOV', target: 'SUDBUS' }]), ['candidate=Sudmark']);
  assert.deepEqual(rightCandidates([openTarget('WES')], [{ code: '163', source: 'NORGOV', target: 'SUDBUS' }]), []);
});
