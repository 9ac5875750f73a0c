import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileTriggerModel, guessTriggerRoot, proposedCode, softmax, softmaxAt } from './trigger-classifier.ts';
import { trainTriggerModel } from './train-trigger-model.ts';
import type { LabelledCandidate } from './weak-trigger-labels.ts';

// Invented examples: "shell" is a root-19 trigger after an actor, "meeting" a root-04 one, "weather" never a trigger.
const EXAMPLES: LabelledCandidate[] = [
  ...Array.from({ length: 8 }, (_, at): LabelledCandidate => ({ lemma: 'shell', features: ['w=shell', `w-1=army${at % 2}`, 'sides=ba', 'bias'], root: '19', code: '194' })),
  ...Array.from({ length: 6 }, (): LabelledCandidate => ({ lemma: 'meeting', features: ['w=meeting', 'sides=b-', 'bias'], root: '04', code: '040' })),
  ...Array.from({ length: 30 }, (_, at): LabelledCandidate => ({ lemma: 'weather', features: ['w=weather', `w+1=x${at % 3}`, 'sides=--', 'bias'], root: 'NONE' })),
];

test('a model trained on labelled candidates guesses the root a lemma was labelled with, and gives an unseen trigger little chance', () => {
  const classifier = compileTriggerModel(trainTriggerModel(EXAMPLES));
  const shell = guessTriggerRoot(classifier, ['w=shell', 'w-1=army0', 'sides=ba', 'bias']);
  assert.equal(shell?.root, '19');
  assert.ok((shell?.probability ?? 0) > 0.5);
  assert.ok((guessTriggerRoot(classifier, ['w=weather', 'sides=--', 'bias'])?.probability ?? 0) < 0.2);
  assert.deepEqual([...classifier.lemmas], ['meeting', 'shell']);
});

test('a proposal takes the code training gave its lemma most often, else the root code', () => {
  const classifier = compileTriggerModel(trainTriggerModel(EXAMPLES));
  assert.equal(proposedCode(classifier, 'shell', '19'), '194');
  assert.equal(proposedCode(classifier, 'meeting', '04'), '040');
  assert.equal(proposedCode(classifier, 'bombard', '19'), '190');
});

test('the same examples train the same model', () => {
  assert.deepEqual(trainTriggerModel(EXAMPLES), trainTriggerModel(EXAMPLES));
});

test('the probability of one class is bit for bit the softmax training fits, large scores included', () => {
  const cases = [[0, 0, 0], [1, 2, 3], [0.1, -0.3, 2.7, 2.7, -5.25], [-1000, 5, 1000], [710, 709.5, -3]];
  for (const values of cases) {
    const scores = Float64Array.from(values);
    const probabilities = softmax(scores);
    for (let at = 0; at < scores.length; at++) assert.equal(softmaxAt(scores, at), probabilities[at], `class ${at} of [${values.join(', ')}]`);
  }
});
