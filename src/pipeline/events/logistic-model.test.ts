import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32, shuffleInPlace } from './logistic-model.ts';

test('the trainers’ generator does not fall into a short cycle: 50,000 draws hold over 49,000 different values', () => {
  // The floating-point LCG it replaced cycled through 10,466 values after its first 4,003 draws; a 32-bit generator
  // repeats a few values by chance in 50,000 draws (birthday), hence not all 50,000.
  const random = mulberry32(7);
  const draws = new Set(Array.from({ length: 50_000 }, () => random()));
  assert.ok(draws.size > 49_000, `${draws.size} different values`);
});

test('a shuffle keeps every item and, with the same seed, gives the same order', () => {
  const order = (seed: number): number[] => {
    const items = Array.from({ length: 100 }, (_, index) => index);
    shuffleInPlace(items, mulberry32(seed));
    return items;
  };
  assert.deepEqual([...order(3)].sort((a, b) => a - b), Array.from({ length: 100 }, (_, index) => index));
  assert.deepEqual(order(3), order(3));
  assert.notDeepEqual(order(3), order(4));
});
