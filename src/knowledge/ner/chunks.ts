/** A labelled span over token indices `[start, end)`. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

// conlleval's chunk boundary rules, so IOB1, IOB2 and IOBES files score the same way conlleval scores them.
function endsBefore(prev: string, prevType: string, prefix: string, type: string): boolean {
  if (prev === 'E' || prev === 'S') return true;
  if (prev === 'B' || prev === 'I') return prefix === 'B' || prefix === 'S' || prefix === 'O' || type !== prevType;
  return false;
}

function startsAt(prev: string, prevType: string, prefix: string, type: string): boolean {
  if (prefix === 'B' || prefix === 'S') return true;
  if (prefix === 'I' || prefix === 'E') return prev === 'E' || prev === 'S' || prev === 'O' || type !== prevType;
  return false;
}

/** Reads chunks from a tag sequence exactly as conlleval does (IOB1, IOB2 and IOBES alike). */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let prev = 'O';
  let prevType = '';
  let open: { start: number; type: string } | undefined;
  for (let i = 0; i <= tags.length; i++) {
    // `O` (and anything too short to be `B-X`) is outside; otherwise the prefix letter and the type after `X-`.
    const tag = i < tags.length ? (tags[i] ?? 'O') : 'O';
    const outside = tag === 'O' || tag.length < 3;
    const prefix = outside ? 'O' : tag.charAt(0);
    const type = outside ? '' : tag.slice(2);
    if (open && endsBefore(prev, prevType, prefix, type)) {
      chunks.push({ start: open.start, end: i, type: open.type });
      open = undefined;
    }
    if (prefix !== 'O' && startsAt(prev, prevType, prefix, type)) open = { start: i, type };
    prev = prefix;
    prevType = type;
  }
  return chunks;
}

/** Whether every tag is `O` (no chunk): a loop, not a callback per tag, which a text read once runs unoptimised. */
export function isAllOutside(tags: readonly string[]): boolean {
  for (let i = 0; i < tags.length; i++) if (tags[i] !== 'O') return false;
  return true;
}

/** Writes chunks as IOB2 tags (`B-` opens every chunk), the scheme the recogniser decodes in. */
export function tagsOf(chunks: readonly Chunk[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const chunk of chunks) {
    for (let i = chunk.start; i < chunk.end; i++) tags[i] = `${i === chunk.start ? 'B' : 'I'}-${chunk.type}`;
  }
  return tags;
}
