import assert from 'node:assert/strict';
import { test } from 'node:test';
import { taggedTokens } from '../../../test/support/tagged-tokens.ts';
import { isTitledName } from './titled-name.ts';

test('a capitalised title tagged as a noun, with a name after it, opens a titled name', () => {
  assert.equal(isTitledName(taggedTokens('President/NOUN Aragorn/PROPN'), 0), true);
  assert.equal(isTitledName(taggedTokens('Prime/NOUN Minister/NOUN Faramir/PROPN'), 0), true);
});

test('a lower-case noun, or a title with no name after it, opens no titled name', () => {
  assert.equal(isTitledName(taggedTokens('fans/NOUN Aragorn/PROPN'), 0), false);
  assert.equal(isTitledName(taggedTokens('President/NOUN at/ADP'), 0), false);
});
