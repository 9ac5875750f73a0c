import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../model/token.ts';
import { triggerLabelToken } from './trigger-label-token.ts';

/** Whitespace tokens with their offsets: enough for a label's character arithmetic. */
function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[^\s,.]+|[,.]/g)].map((match) => ({ text: match[0], span: { start: match.index, end: match.index + match[0].length }, pos: 'VERB', lemma: match[0].toLowerCase(), precededBySpace: true }));
}

const text = 'Oslo hosted the envoys, and Bergen hosted them later.';

test('maps a trigger word to its first occurrence when the label gives no index', () => {
  assert.deepEqual(triggerLabelToken(text, tokensOf(text), { trigger: 'hosted' }), { index: 1 });
});

test('maps a trigger word to its second occurrence when the label says so', () => {
  assert.deepEqual(triggerLabelToken(text, tokensOf(text), { trigger: 'hosted', triggerIndex: 2 }), { index: 7 });
});

test('does not count a word inside a longer word as an occurrence', () => {
  const longer = 'The hosts hosted nobody.';
  assert.deepEqual(triggerLabelToken(longer, tokensOf(longer), { trigger: 'host' }), { miss: 'word-not-found' });
  assert.deepEqual(triggerLabelToken(longer, tokensOf(longer), { trigger: 'hosted' }), { index: 2 });
});

test('falls back to a case-blind match when the word is written with another case', () => {
  const opening = 'Talks began in Oslo.';
  assert.deepEqual(triggerLabelToken(opening, tokensOf(opening), { trigger: 'talks' }), { index: 0 });
});

test('says why a label names no token', () => {
  assert.deepEqual(triggerLabelToken(text, tokensOf(text), {}), { miss: 'unlabelled' });
  assert.deepEqual(triggerLabelToken(text, tokensOf(text), { trigger: 'hosted', triggerIndex: 3 }), { miss: 'occurrence-not-found' });
  assert.deepEqual(triggerLabelToken(text, [], { trigger: 'hosted' }), { miss: 'no-token' });
});
