import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepSharedFeatures } from '../../scripts/shared-features.ts';

const example = (features: string[], isRight = true) => ({ features, isRight });

test('a feature seen in only one training set is dropped while features two sets share are kept', () => {
  const bySet = new Map([
    ['first', [example(['bias', 'word=harbour']), example(['bias', 'root=14'], false)]],
    ['second', [example(['bias', 'root=14', 'word=glacier'])]],
  ]);
  assert.deepEqual(keepSharedFeatures(bySet, 2), [example(['bias']), example(['bias', 'root=14'], false), example(['bias', 'root=14'])]);
});

test('a feature repeated many times within one set still counts as one set', () => {
  const bySet = new Map([['only', [example(['word=ferry']), example(['word=ferry']), example(['word=ferry'])]], ['other', [example(['bias'])]]]);
  assert.deepEqual(keepSharedFeatures(bySet, 2), [example([]), example([]), example([]), example([])]);
});

test('a minimum of one set keeps every feature', () => {
  const bySet = new Map([['only', [example(['word=ferry'])]]]);
  assert.deepEqual(keepSharedFeatures(bySet, 1), [example(['word=ferry'])]);
});
