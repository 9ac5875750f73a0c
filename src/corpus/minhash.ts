import { hashString32, mix32 } from './hash32.ts';

/** How MinHash signatures are built; every signature compared must share these settings. */
export interface MinhashOptions {
  /** Words per shingle. */
  readonly shingle: number;
  /** Signature length (number of hash functions). */
  readonly permutations: number;
}

export const defaultMinhashOptions: MinhashOptions = { shingle: 3, permutations: 128 };

const seeds = (count: number): Uint32Array => {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = mix32(0x9e3779b9 + i * 0x632be5ab);
  return out;
};
let seedCache = seeds(defaultMinhashOptions.permutations);

/** The set of hashed word shingles of a text (short texts fall back to single words so they still compare). */
function shingleHashes(words: readonly string[], size: number): Set<number> {
  const hashes = new Set<number>();
  const width = Math.min(size, Math.max(1, words.length));
  for (let i = 0; i + width <= words.length; i++) {
    hashes.add(hashString32(words.slice(i, i + width).join(' ')));
  }
  return hashes;
}

/** A MinHash signature: per hash function, the minimum over the shingles; agreement rate estimates Jaccard. */
export function minhashSignature(words: readonly string[], options: MinhashOptions = defaultMinhashOptions): Uint32Array {
  if (seedCache.length < options.permutations) seedCache = seeds(options.permutations);
  const signature = new Uint32Array(options.permutations).fill(0xffffffff);
  for (const shingle of shingleHashes(words, options.shingle)) {
    for (let i = 0; i < options.permutations; i++) {
      const value = mix32(shingle ^ (seedCache[i] ?? 0));
      if (value < (signature[i] ?? 0)) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two shingle sets behind two signatures. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let same = 0;
  for (let i = 0; i < length; i++) if (a[i] === b[i]) same++;
  return same / length;
}
