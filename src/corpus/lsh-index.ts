import { mix32 } from './hash32.ts';

/**
 * LSH buckets as sorted arrays: bucket keys ascending, and for bucket i the members `members[starts[i]…starts[i+1])`.
 * This is how a snapshot stores them; loaded as is, the buckets need no map of millions of entries to be rebuilt.
 */
export interface LshBuckets {
  readonly keys: Int32Array;
  readonly starts: Int32Array;
  readonly members: Int32Array;
}

/** An index as saved in a corpus snapshot: the ids in insertion order and the buckets. */
export interface LshSnapshot extends LshBuckets {
  readonly ids: readonly string[];
}

/**
 * Locality-sensitive hashing over MinHash signatures: `bands` × `rows` buckets, so a pair with Jaccard s becomes a
 * candidate with probability 1 − (1 − s^rows)^bands (32 × 2: ~0.95 at 0.3, so an article that is a long version of
 * another is still found; ~0.28 at 0.1). Candidates are ranked by how many bands they share, which tracks similarity.
 * A bucket holding one article stores the bare index (most do), which halves the index's memory. Buckets restored
 * from a snapshot stay in its sorted arrays; only articles added since go to the map.
 */
export class LshIndex {
  readonly #buckets = new Map<number, number | number[]>();
  readonly #ids: string[] = [];
  readonly #keys: Int32Array;
  #frozen: LshBuckets | undefined;

  constructor(
    readonly bands = 32,
    readonly rows = 2,
  ) {
    this.#keys = new Int32Array(bands);
  }

  /** Adds a signature and returns nothing; ids are kept in insertion order. */
  add(id: string, signature: Uint32Array): void {
    const index = this.#ids.length;
    this.#ids.push(id);
    const keys = this.#bandKeys(signature);
    for (let band = 0; band < this.bands; band++) {
      const key = keys[band] ?? 0;
      const bucket = this.#buckets.get(key);
      if (bucket === undefined) this.#buckets.set(key, index);
      else if (typeof bucket === 'number') this.#buckets.set(key, [bucket, index]);
      else bucket.push(index);
    }
  }

  /** Ids that share at least one band with the signature, those sharing most bands first (then the most recent). */
  candidates(signature: Uint32Array, limit = 100): string[] {
    const shared = new Map<number, number>();
    const keys = this.#bandKeys(signature);
    const frozen = this.#frozen;
    for (let band = 0; band < this.bands; band++) {
      const key = keys[band] ?? 0;
      const at = frozen ? findKey(frozen.keys, key) : -1;
      if (frozen && at >= 0) {
        for (let i = frozen.starts[at] ?? 0; i < (frozen.starts[at + 1] ?? 0); i++) {
          const index = frozen.members[i] ?? 0;
          shared.set(index, (shared.get(index) ?? 0) + 1);
        }
      }
      const bucket = this.#buckets.get(key);
      if (bucket === undefined) continue;
      if (typeof bucket === 'number') shared.set(bucket, (shared.get(bucket) ?? 0) + 1);
      else for (const index of bucket) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, limit)
      .map(([index]) => this.#ids[index] ?? '');
  }

  get size(): number {
    return this.#ids.length;
  }

  /** Every bucket as sorted arrays (members of a bucket in insertion order), for a snapshot. */
  snapshot(): LshSnapshot {
    const frozen = this.#frozen ?? { keys: new Int32Array(0), starts: new Int32Array(1), members: new Int32Array(0) };
    const added = Int32Array.from(this.#buckets.keys()).sort();
    let addedMembers = 0;
    for (const bucket of this.#buckets.values()) addedMembers += typeof bucket === 'number' ? 1 : bucket.length;
    const keys = new Int32Array(frozen.keys.length + added.length);
    const starts = new Int32Array(keys.length + 1);
    const members = new Int32Array(frozen.members.length + addedMembers);
    // A merge of two sorted key lists; the map's members came after the frozen ones, so they follow them.
    let [f, a, k, m] = [0, 0, 0, 0];
    while (f < frozen.keys.length || a < added.length) {
      const frozenKey = f < frozen.keys.length ? (frozen.keys[f] ?? 0) : Infinity;
      const addedKey = a < added.length ? (added[a] ?? 0) : Infinity;
      const key = Math.min(frozenKey, addedKey);
      keys[k] = key;
      starts[k++] = m;
      if (frozenKey === key) {
        for (let i = frozen.starts[f] ?? 0; i < (frozen.starts[f + 1] ?? 0); i++) members[m++] = frozen.members[i] ?? 0;
        f++;
      }
      if (addedKey === key) {
        const bucket = this.#buckets.get(key) ?? [];
        if (typeof bucket === 'number') members[m++] = bucket;
        else for (const index of bucket) members[m++] = index;
        a++;
      }
    }
    starts[k] = m;
    return { ids: [...this.#ids], keys: keys.subarray(0, k), starts: starts.subarray(0, k + 1), members };
  }

  /** Fills an empty index from a snapshot; the sorted arrays are kept as they are and searched by bisection. */
  restore(snapshot: LshSnapshot): void {
    if (this.#ids.length > 0) throw new Error('LshIndex.restore needs an empty index');
    for (const id of snapshot.ids) this.#ids.push(id);
    // Copies, so the buckets do not keep the whole snapshot blob they may be views into alive.
    this.#frozen = { keys: new Int32Array(snapshot.keys), starts: new Int32Array(snapshot.starts), members: new Int32Array(snapshot.members) };
  }

  /** One key per band in a reused array: no allocation per call, and int32 keys stay small integers in the bucket map. */
  #bandKeys(signature: Uint32Array): Int32Array {
    const keys = this.#keys;
    for (let band = 0; band < this.bands; band++) {
      let key = mix32(band + 1);
      for (let row = 0; row < this.rows; row++) {
        key = mix32(key ^ (signature[band * this.rows + row] ?? 0));
      }
      keys[band] = key;
    }
    return keys;
  }
}

/** Position of `key` in ascending `keys`, or -1. */
function findKey(keys: Int32Array, key: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = keys[mid] ?? 0;
    if (value < key) low = mid + 1;
    else if (value > key) high = mid - 1;
    else return mid;
  }
  return -1;
}
