import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sentence, Token } from '../../model/token.ts';
import { triggerFeatures } from './trigger-features.ts';
import { addPairs, addTriggerWeightsAt, buildTriggerWeightTable, weightsOfKey } from './trigger-weight-table.ts';

// Invented words; "a|b", "^", "=" and "" are lemmas no tagger gives, there to show that keys are matched whole, not by
// guesswork.
const WORDS: readonly (readonly [string, string, string])[] = [
  ['Ruritania', 'PROPN', 'ruritania'],
  ['would', 'AUX', 'would'],
  ['not', 'PART', 'not'],
  ['stop', 'VERB', 'stop'],
  ['shelling', 'VERB', 'shell'],
  ['the', 'DET', 'the'],
  ['a|b', 'NOUN', 'a|b'],
  ['^', 'NOUN', '^'],
  ['Osterlich', 'PROPN', 'osterlich'],
  [',', 'PUNCT', ','],
  ['officials', 'NOUN', 'official'],
  ['said', 'VERB', 'say'],
  ['talking', 'VERB', 'talk'],
  ['=', 'NOUN', '='],
  ['', 'VERB', ''],
];
const TOKENS: Token[] = WORDS.map(([text, pos, lemma], at) => ({ text, pos, lemma, span: { start: at * 10, end: at * 10 + text.length }, precededBySpace: at > 0 }));
const SENTENCE: Sentence = { span: { start: 0, end: 150 }, firstToken: 0, lastToken: TOKENS.length - 1 };
const MENTIONS = new Set([0, 8]);

const NEAR_KEYS = ['w=a', 'ww-1=a|b', 'wp=a', 'wp=a|b|NOUN|x', 'neg=x', 'w', 'sides', 'constructor=x', 'toString=a|b', 'odd'];

/** Every key the tokens' features make, each with a weight of its own, and keys that only resemble them. */
function weightsOfAllFeatures(): Map<string, readonly number[]> {
  const keys = new Set(TOKENS.flatMap((_token, index) => triggerFeatures(TOKENS, index, SENTENCE, MENTIONS)));
  for (const near of NEAR_KEYS) keys.add(near);
  const weights = new Map<string, readonly number[]>();
  [...keys].forEach((key, at) => weights.set(key, [at % 5, 1 / (at + 3), (at + 1) % 5, -1 / (at + 7)]));
  return weights;
}

test('the weight table adds, at every token, the same sums as the weights of its feature keys', () => {
  const weights = weightsOfAllFeatures();
  const table = buildTriggerWeightTable(Object.fromEntries(weights));
  for (let index = 0; index < TOKENS.length; index++) {
    const byKeys = new Float64Array(5);
    for (const key of triggerFeatures(TOKENS, index, SENTENCE, MENTIONS)) addPairs(byKeys, weights.get(key));
    const byTable = new Float64Array(5);
    addTriggerWeightsAt(table, byTable, TOKENS, index, SENTENCE, MENTIONS, 11);
    assert.deepEqual([...byTable], [...byKeys], `token ${index} (${TOKENS[index]?.text})`);
  }
});

test('the weight table finds nothing for a key that only resembles a feature', () => {
  const table = buildTriggerWeightTable({ 'wp=a': [1, 1], 'w=a|b|x': [1, 1], 'neg=x': [1, 1], 'constructor=x': [1, 1] });
  const scores = new Float64Array(2);
  for (let index = 0; index < TOKENS.length; index++) addTriggerWeightsAt(table, scores, TOKENS, index, SENTENCE, MENTIONS, 11);
  assert.deepEqual([...scores], [0, 0]);
});

test('the weight table gives each key the weights a map of the keys gives it, and none to a key the model lacks', () => {
  const weights = weightsOfAllFeatures();
  const table = buildTriggerWeightTable(Object.fromEntries(weights));
  for (const [key, pairs] of weights) assert.equal(weightsOfKey(table, key), pairs, key);
  for (const absent of ['w=zz', 'wp=stop|NOUN', 'ww-1=a', 'p-1=XX', 'reported=x', 'neg=', 'x=y|z']) assert.equal(weightsOfKey(table, absent), undefined, absent);
});
