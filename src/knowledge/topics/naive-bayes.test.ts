import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossValidateNaiveBayes } from './cross-validate.ts';
import { compileNaiveBayes, naiveBayesPosterior, scoreNaiveBayes, trainNaiveBayes } from './naive-bayes.ts';
import { textFeatures } from './text-features.ts';

const examples = [
  { text: 'The striker scored twice as the club won the league match', labels: ['sport'] },
  { text: 'A late goal gave the team victory in the cup final', labels: ['sport'] },
  { text: 'The coach praised his players after the season opener', labels: ['sport'] },
  { text: 'Shares fell as the bank reported lower quarterly profit', labels: ['money'] },
  { text: 'Investors sold stocks after the firm cut its profit forecast', labels: ['money'] },
  { text: 'The company raised prices and its shares rose on the market', labels: ['money'] },
];

test('folds plural and possessive forms into one feature and adds bigrams', () => {
  assert.deepEqual(textFeatures("The Troops' troop"), ['troop', 'troop', 'troop troop']);
  assert.ok(textFeatures('prime ministers met').includes('prime minister'));
});

test('predicts the label whose words the text shares', () => {
  const model = compileNaiveBayes(trainNaiveBayes(examples, 'tiny'));
  const posterior = naiveBayesPosterior(model, scoreNaiveBayes(model, textFeatures('The club scored a goal to win the match')));
  assert.equal(model.model.classes[posterior.indexOf(Math.max(...posterior))], 'sport');
});

test('counts a multi-label example towards each of its labels', () => {
  const model = trainNaiveBayes([...examples, { text: 'club shares', labels: ['sport', 'money'] }], 'multi');
  assert.deepEqual(model.docCounts, [4, 4]);
});

test('cross-validates well above chance on separable labels', () => {
  assert.ok(crossValidateNaiveBayes([...examples, ...examples, ...examples], 3) >= 0.75);
});
