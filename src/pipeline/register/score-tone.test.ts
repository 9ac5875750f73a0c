import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyzer.ts';
import { segment } from '../segment/segment.ts';
import { scoreTone } from './score-tone.ts';

const analyzer = await createAnalyzer({}, [segment]);
const toneOf = (text: string): number => scoreTone(analyzer.analyze(text)).tone;

test('scores praise above zero and disaster below it on the -100..100 scale', () => {
  assert.ok(toneOf('The rescue was a great success and residents were happy.') > 0);
  assert.ok(toneOf('The attack killed dozens and destroyed homes.') < 0);
});

test("flips the valence of a word after 'not' or 'never'", () => {
  assert.ok(toneOf('The talks were not successful.') < 0);
  assert.ok(toneOf('The minister was never happy with the plan.') < 0);
});

test('makes an intensified word count for more than the plain one', () => {
  assert.ok(toneOf('The result was very good.') > toneOf('The result was good.'));
});

test('gives one tone per sentence', () => {
  const { sentenceTone } = scoreTone(analyzer.analyze('A terrible loss. A wonderful win.'));
  assert.equal(sentenceTone.length, 2);
  assert.ok((sentenceTone[0] ?? 0) < 0 && (sentenceTone[1] ?? 0) > 0);
});

test("gives a number, not NaN, for words named like Object's own properties ('constructor', 'toString')", () => {
  const { tone, sentenceTone } = scoreTone(analyzer.analyze('The constructor won the title. Its toString method was good.'));
  assert.ok(Number.isFinite(tone));
  assert.ok(sentenceTone.every((value) => Number.isFinite(value)));
  assert.ok((sentenceTone[1] ?? 0) > 0);
});
