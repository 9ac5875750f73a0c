import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carryStoryIds } from './carry-story-ids.ts';
import type { ClusteredStory } from './cluster-corpus.ts';

const AT = '2025-06-01T00:00:00.000Z';
const cluster = (id: string, documentIds: string[]): ClusteredStory => ({ id, headline: documentIds[0] ?? '', documentIds });
const previous = (stories: Record<string, string[]>) =>
  new Map(Object.entries(stories).flatMap(([storyId, ids]) => ids.map((id) => [id, storyId] as const)));

test('keeps every id when re-clustering finds the same stories in another order', () => {
  const old = previous({ s1: ['a', 'b'], s2: ['c', 'd', 'e'] });
  const carried = carryStoryIds([cluster('s1', ['c', 'd', 'e']), cluster('s2', ['a', 'b'])], old, AT);
  assert.deepEqual(carried.stories.map((s) => s.id), ['s2', 's1']);
  assert.equal(carried.storyOf.get('a'), 's1');
  assert.deepEqual(carried.changes, []);
});

test('gives the id of a split story to its largest part and a fresh id to the rest', () => {
  const old = previous({ s1: ['a', 'b', 'c', 'd', 'e'], s4: ['f'] });
  const carried = carryStoryIds([cluster('s1', ['a', 'b']), cluster('s2', ['c', 'd', 'e']), cluster('s3', ['f'])], old, AT, ['s7']);
  assert.deepEqual(carried.stories.map((s) => s.id), ['s8', 's1', 's4']);
  assert.deepEqual(carried.changes, [{ storyId: 's1', kind: 'split', otherId: 's8', articles: 2, at: AT }]);
});

test('keeps the id of the larger story in a merge and records where the smaller one went', () => {
  const old = previous({ s1: ['a', 'b'], s2: ['c', 'd', 'e'] });
  const carried = carryStoryIds([cluster('x', ['a', 'b', 'c', 'd', 'e'])], old, AT);
  assert.deepEqual(carried.stories.map((s) => s.id), ['s2']);
  assert.deepEqual(carried.changes, [{ storyId: 's1', kind: 'merged', otherId: 's2', articles: 2, at: AT }]);
});

test('keeps the id of the older story when two equal stories merge', () => {
  const old = previous({ s5: ['a', 'b'], s3: ['c', 'd'] });
  const carried = carryStoryIds([cluster('x', ['a', 'b', 'c', 'd'])], old, AT);
  assert.deepEqual(carried.stories.map((s) => s.id), ['s3']);
  assert.equal(carried.changes[0]?.storyId, 's5');
});

test('does not hand an id to a fragment whose story mostly merged elsewhere', () => {
  const old = previous({ s1: ['a', 'b', 'c', 'd'], s2: ['e', 'f', 'g'], s3: ['h'] });
  // Most of s2 joined s1; its last article went off with s3's.
  const carried = carryStoryIds([cluster('x', ['a', 'b', 'c', 'd', 'e', 'f']), cluster('y', ['g', 'h'])], old, AT);
  assert.deepEqual(carried.stories.map((s) => s.id), ['s1', 's3']);
  assert.deepEqual(
    carried.changes.map((c) => [c.storyId, c.kind, c.otherId, c.articles]),
    [['s2', 'merged', 's1', 2], ['s2', 'merged', 's3', 1]],
  );
});
