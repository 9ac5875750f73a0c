import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainTokens } from '../../../test/support/plain-tokens.ts';
import { headEndBefore, relativeWordBefore } from './relative-clause.ts';

const words = (sentence: string) => plainTokens(sentence.split(' '));

test('the phrase a relative clause hangs from ends right before "which", past a comma and "in"', () => {
  const tokens = words('the raid on the camp , in which guards died');
  assert.equal(headEndBefore(tokens, 7), 4);
  assert.equal(headEndBefore(words('a move that Lima condemned'), 2), 1);
});

test('a relative word after "in" may stand several words before its verb, one right before it always', () => {
  const tokens = words('the raid in which two guards died');
  assert.equal(relativeWordBefore(tokens, 6, 0), 3);
  assert.equal(relativeWordBefore(words('a strike that killed nine'), 3, 0), 2);
  assert.equal(relativeWordBefore(words('a strike after which two guards died'), 6, 0), -1);
});
