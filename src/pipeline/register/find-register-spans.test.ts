import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WORDS } from '../../model/word-ids.ts';
import { findRegisterSpans, findRegisterSpansByWordId } from './find-register-spans.ts';
import { compileRegisterPatterns, leadOf } from './register-patterns.ts';

const patterns = compileRegisterPatterns();
const { clickbait } = patterns;
const flagged = (text: string): string[] => findRegisterSpans(text, patterns).map((span) => `${span.kind}:${span.text}`);

test('flags slang and idioms with their kind and exact text', () => {
  assert.deepEqual(flagged('The top dog spilled the beans over a natter with the mayor.'), [
    'slang:top dog',
    'idiom:spilled the beans',
    'slang:natter',
  ]);
});

test('flags the idioms of a chatty retelling: "word on the street", "hold your horses", "hashed out"', () => {
  assert.deepEqual(flagged('Word on the street is the mayors hashed out a deal. But hold your horses.'), [
    'idiom:Word on the street',
    'idiom:hashed out',
    'idiom:hold your horses',
  ]);
});

test('flags hedges such as "rumour has it" and "reportedly"', () => {
  assert.deepEqual(flagged('Rumour has it the deal is done; the minister reportedly agreed.'), ['hedge:Rumour has it', 'hedge:reportedly']);
});

test('matches curly apostrophes and keeps the longer of overlapping phrases', () => {
  assert.deepEqual(flagged('And here’s the kicker: nobody noticed.'), ['idiom:here’s the kicker']);
});

test('does not flag words inside longer words', () => {
  assert.deepEqual(flagged('The scoreboard showed shocking figures.').filter((s) => s.startsWith('slang')), []);
});

test('recognises clickbait headlines but not plain ones', () => {
  assert.ok(clickbait.test("You won't believe what the council did next"));
  assert.ok(clickbait.test('7 things to know about the new budget'));
  assert.ok(!clickbait.test('Council approves new budget'));
});

test('finds the same spans by word id as from the words themselves, also for repeated words', () => {
  const text = 'Rumour has it the top dog spilled the beans; rumour has it again, and the top dog reportedly agreed. Ça va, 3 big cheeses.';
  const words = [...text.matchAll(/[\p{L}\p{N}]+|\S/gu)].map((match) => ({ text: match[0], span: { start: match.index } }));
  const ids = Int32Array.from(words, (word) => WORDS.intern(word.text));
  assert.deepEqual(findRegisterSpansByWordId(text, patterns, words, ids), findRegisterSpans(text, patterns, words));
  assert.deepEqual(findRegisterSpansByWordId(text, patterns, words, ids), findRegisterSpans(text, patterns));
});

test('reads an entry’s space as any run of whitespace and its letters in either case, as the regex does', () => {
  assert.deepEqual(flagged('They SPILLED\tthe\n\nbeans, then took a\u00a0helping   hand.'), ['idiom:SPILLED\tthe\n\nbeans', 'idiom:a\u00a0helping   hand']);
});

test('a lead is the letters and spaces every match starts with', () => {
  assert.equal(leadOf('the ball is in'), 'the ball is in');
  assert.equal(leadOf('pals?'), 'pal');
  assert.equal(leadOf('spill(s|ed|ing)? the beans'), 'spill');
  assert.equal(leadOf("here's the kicker"), 'here');
  assert.equal(leadOf('Top  dog'), 'top');
  assert.equal(leadOf('big|small'), '');
});
