/** FNV-1a over a string's UTF-16 code units: a fast, stable 32-bit hash for shingles and terms. */
export function hashString32(value: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return mix32(hash);
}

/** MurmurHash3's finaliser: spreads the bits so that `mix32(x ^ seed)` acts as an independent hash per seed. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
