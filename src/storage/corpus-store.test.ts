import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSnapshotAsRecent, joinSnapshotParts, snapshotParts } from './corpus-store.ts';

describe('corpus snapshot parts', () => {
  const snapshot = { seq: 12, generation: 3, bytes: Uint8Array.from({ length: 10 }, (_, i) => i * 7) };

  it('splits a snapshot into parts of a given size and joins them back into the same bytes', () => {
    const parts = snapshotParts(snapshot, 4);
    assert.deepEqual(parts.map((p) => [p.part, p.parts, p.bytes.length]), [[0, 3, 4], [1, 3, 4], [2, 3, 2]]);
    assert.deepEqual(joinSnapshotParts(parts), snapshot);
    assert.deepEqual(joinSnapshotParts(snapshotParts(snapshot)), snapshot);
  });

  it('refuses parts that are not one complete snapshot', () => {
    const parts = snapshotParts(snapshot, 4);
    assert.equal(joinSnapshotParts(parts.slice(0, 2)), undefined);
    assert.equal(joinSnapshotParts(parts.map((p) => (p.part === 1 ? { ...p, seq: 13 } : p))), undefined);
    assert.equal(joinSnapshotParts([]), undefined);
  });

  it('calls a stored snapshot as recent when it has a newer generation, or the same one and as late a seq', () => {
    assert.equal(isSnapshotAsRecent(undefined, snapshot), false);
    assert.equal(isSnapshotAsRecent({ seq: 12, generation: 3 }, snapshot), true);
    assert.equal(isSnapshotAsRecent({ seq: 1, generation: 4 }, snapshot), true);
    assert.equal(isSnapshotAsRecent({ seq: 11, generation: 3 }, snapshot), false);
    assert.equal(isSnapshotAsRecent({ seq: 99, generation: 2 }, snapshot), false);
  });
});
