import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../model/token.ts';
import { compilePattern, indexPatterns } from './event-pattern.ts';
import { findTrigger, mayTrigger, nextPossibleTrigger } from './find-trigger.ts';

/** Space-separated words as tokens: the second one a verb, the rest nouns, lemmas with a final "s" dropped. */
function tokensOf(text: string): Token[] {
  let start = 0;
  return text.split(' ').map((word, position) => {
    const token = { text: word, lemma: word.replace(/s$/, ''), pos: position === 1 ? 'VERB' : 'NOUN', precededBySpace: position > 0, span: { start, end: start + word.length } };
    start += word.length + 1;
    return token as unknown as Token;
  });
}

test('a word among many alternatives is found by its text or its lemma, as among few', () => {
  const index = indexPatterns([], [
    compilePattern({ id: 'many', code: '036', phrase: 'seek talk|parley|summit|dialogue|negotiation|audience' }, 'test'),
    compilePattern({ id: 'few', code: '031', phrase: 'offer truce|ceasefire' }, 'test'),
  ]);
  const rule = (text: string): string | undefined => findTrigger(tokensOf(text), 1, text.split(' ').length - 1, index)?.pattern.id;
  assert.equal(rule('Gondor seek new talks'), 'many');
  assert.equal(rule('Gondor seek an audience'), 'many');
  assert.equal(rule('Gondor seek fresh weapons'), undefined);
  assert.equal(rule('Gondor offer a ceasefire'), 'few');
  assert.equal(rule('Gondor offer truces'), 'few');
});

test('a word that shares a trigger prefix but no pattern is passed over as no possible trigger', () => {
  const index = indexPatterns([], [compilePattern({ id: 'meet', code: '036', phrase: 'meet' }, 'test')]);
  const tokens = tokensOf('Gondor meets Rohan meekly');
  assert.equal(mayTrigger(tokens, 3, index), false);
  assert.equal(mayTrigger(tokens, 1, index), true);
  assert.equal(nextPossibleTrigger(tokens, 0, 3, index), 1);
  assert.equal(nextPossibleTrigger(tokens, 2, 3, index), 4);
  assert.equal(findTrigger(tokens, 1, 3, index)?.pattern.id, 'meet');
});
