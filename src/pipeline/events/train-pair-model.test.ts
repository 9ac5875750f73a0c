import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelPairs, rightPairs, trainPairModel, type RecordedPairSentence } from './train-pair-model.ts';

// A sentence with one finished event (a 04 meeting the gold holds) and two unfinished proposals: a 11 whose gold coding
// is FRA→DEU, and a 19 the gold lacks.
const SENTENCE: RecordedPairSentence = {
  finished: [{ code: '04', source: 'ITA', target: 'ESP' }],
  events: [
    { root: '11', pairs: [{ source: 'FRA', target: 'DEU', features: ['bias', 'order=source-first'] }, { source: 'DEU', target: 'FRA', features: ['bias', 'order=target-first'] }, { source: 'FRA', target: '---', features: ['bias', 'no-target'] }] },
    { root: '19', pairs: [{ source: 'FRA', target: 'DEU', features: ['bias', 'order=source-first', 'root=19'] }] },
  ],
};
const GOLD = [{ code: '111', source: 'FRAGOV', target: 'DEU' }, { code: '040', source: 'ITA', target: 'ESP' }];

test('a pair is right when a gold coding the finished events do not already make has its root and both sides', () => {
  assert.deepEqual(labelPairs(SENTENCE, GOLD).map((example) => example.isRight), [true, false, false, false]);
  assert.deepEqual(rightPairs(SENTENCE, GOLD), [{ code: '11', source: 'FRA', target: 'DEU' }]);
});

test('a gold coding a finished event already makes labels no proposal right', () => {
  const taken: RecordedPairSentence = { ...SENTENCE, finished: [{ code: '11', source: 'FRA', target: 'DEU' }] };
  assert.ok(labelPairs(taken, GOLD).every((example) => !example.isRight));
});

test('training the pair model twice on the same examples gives the same weights', () => {
  const examples = Array.from({ length: 20 }, () => labelPairs(SENTENCE, GOLD)).flat();
  const first = trainPairModel(examples, 0.5);
  assert.deepEqual(trainPairModel(examples, 0.5), first);
  assert.ok((first.weights['order=source-first'] ?? 0) > (first.weights['order=target-first'] ?? 0));
});
