import { mix32 } from './hash32.ts';

/**
 * Locality-sensitive hashing over MinHash signatures: `bands` × `rows` buckets, so a pair with Jaccard s becomes a
 * candidate with probability 1 − (1 − s^rows)^bands (32 × 2: ~0.95 at 0.3, so an article that is a long version of
 * another is still found; ~0.28 at 0.1). Candidates are ranked by how many bands they share, which tracks similarity.
 * A bucket holding one article stores the bare index (most do), which halves the index's memory.
 */
export class LshIndex {
  readonly #buckets = new Map<number, number | number[]>();
  readonly #ids: string[] = [];
  readonly #keys: Int32Array;

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
    for (let band = 0; band < this.bands; band++) {
      const bucket = this.#buckets.get(keys[band] ?? 0);
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
