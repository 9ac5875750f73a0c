/** A numeric array a packed blob holds as raw bytes rather than as JSON. */
export type PackedArray = Int32Array | Uint32Array | Float64Array;

const KINDS = { i32: Int32Array, u32: Uint32Array, f64: Float64Array } as const;
type Kind = keyof typeof KINDS;
const MAGIC = 0x5444_5331; // "TDS1"

interface Header {
  readonly json: unknown;
  /** Path of each array inside `json` (dot-separated), its kind, byte offset after the header, and length. */
  readonly arrays: readonly (readonly [string, Kind, number, number])[];
}

/**
 * Packs a tree of JSON values and typed arrays into one byte blob: a JSON header, then each array's bytes 8-byte
 * aligned, so numbers cost 4 or 8 bytes and come back as views instead of being parsed one by one.
 */
export function packSections(value: object): Uint8Array {
  const arrays: [string, Kind, number, number][] = [];
  const parts: PackedArray[] = [];
  let offset = 0;
  const strip = (node: unknown, path: string): unknown => {
    const kind = kindOf(node);
    if (kind) {
      const array = node as PackedArray;
      arrays.push([path, kind, offset, array.length]);
      parts.push(array);
      offset += align8(array.byteLength);
      return null;
    }
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, strip(child, path ? `${path}.${key}` : key)]));
  };
  const header: Header = { json: strip(value, ''), arrays };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const start = align8(8 + headerBytes.length);
  const out = new Uint8Array(start + offset);
  const words = new DataView(out.buffer);
  words.setUint32(0, MAGIC, true);
  words.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  for (const [index, [, , at]] of arrays.entries()) {
    const part = parts[index];
    if (part) out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), start + at);
  }
  return out;
}

/** Reads a blob written by `packSections`; arrays are views into one aligned copy of the bytes. */
export function unpackSections(bytes: Uint8Array): unknown {
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
  const words = new DataView(aligned.buffer, aligned.byteOffset, aligned.byteLength);
  if (aligned.byteLength < 8 || words.getUint32(0, true) !== MAGIC) throw new Error('not a packed-sections blob');
  const headerLength = words.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(aligned.subarray(8, 8 + headerLength))) as Header;
  const start = align8(8 + headerLength);
  const root = { value: header.json };
  for (const [path, kind, at, length] of header.arrays) {
    const keys = ['value', ...(path ? path.split('.') : [])];
    const last = keys.pop() ?? 'value';
    let node: Record<string, unknown> = root;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    const Type = KINDS[kind];
    node[last] = new Type(aligned.buffer as ArrayBuffer, aligned.byteOffset + start + at, length);
  }
  return root.value;
}

/** Offsets of consecutive runs of the given lengths, as packed snapshots store lists of lists: run i is `[starts[i], starts[i+1])`. */
export function runStarts(lengths: readonly number[]): Int32Array {
  const starts = new Int32Array(lengths.length + 1);
  for (const [i, length] of lengths.entries()) starts[i + 1] = (starts[i] ?? 0) + length;
  return starts;
}

function kindOf(node: unknown): Kind | undefined {
  if (node instanceof Int32Array) return 'i32';
  if (node instanceof Uint32Array) return 'u32';
  if (node instanceof Float64Array) return 'f64';
  return undefined;
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
