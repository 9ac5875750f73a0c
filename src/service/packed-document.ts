import type { AnalyzedDocument } from '../model/document.ts';
import type { Token } from '../model/token.ts';

/** Tokens as columns: what a pool thread posts instead of one object (and one span object) per token. */
interface PackedTokens {
  /** start, end of each token. */
  readonly spans: Int32Array;
  /** Index into `tags` per token. */
  readonly tags: Uint8Array;
  readonly tagNames: readonly string[];
  readonly precededBySpace: Uint8Array;
  /** The lemma, or null where it is the lower-cased token text (most tokens). */
  readonly lemmas: readonly (string | null)[];
}

/** A document as it crosses from a pool thread to the main thread. */
export type PackedDocument = Omit<AnalyzedDocument, 'tokens'> & { readonly tokens: PackedTokens | readonly Token[] };

/**
 * Packs a document's tokens into typed arrays before `postMessage`: structured-cloning hundreds of small objects cost
 * both threads about three times what the columns do. Token texts are not sent: each is its span of `doc.text`. A
 * document whose tokens break that rule (none from the analyzer) is sent as it is.
 */
export function packDocument(doc: AnalyzedDocument): { packed: PackedDocument; transfer: ArrayBuffer[] } {
  const n = doc.tokens.length;
  const spans = new Int32Array(2 * n);
  const tags = new Uint8Array(n);
  const precededBySpace = new Uint8Array(n);
  const lemmas = new Array<string | null>(n);
  const tagNames: string[] = [];
  const tagIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const token = doc.tokens[i] as Token;
    const { start, end } = token.span;
    if (doc.text.slice(start, end) !== token.text || tagIndex.size > 255) return { packed: doc, transfer: [] };
    spans[2 * i] = start;
    spans[2 * i + 1] = end;
    let tag = tagIndex.get(token.pos);
    if (tag === undefined) {
      tag = tagNames.push(token.pos) - 1;
      tagIndex.set(token.pos, tag);
    }
    tags[i] = tag;
    precededBySpace[i] = token.precededBySpace ? 1 : 0;
    lemmas[i] = token.lemma === token.text.toLowerCase() ? null : token.lemma;
  }
  const tokens: PackedTokens = { spans, tags, tagNames, precededBySpace, lemmas };
  return { packed: { ...doc, tokens }, transfer: [spans.buffer, tags.buffer, precededBySpace.buffer] };
}

/** Rebuilds the document `packDocument` packed: equal, key for key, to the one the thread analysed. */
export function unpackDocument(packed: PackedDocument): AnalyzedDocument {
  if (Array.isArray(packed.tokens)) return packed as AnalyzedDocument;
  const { spans, tags, tagNames, precededBySpace, lemmas } = packed.tokens as PackedTokens;
  const text = packed.text;
  const tokens = new Array<Token>(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const start = spans[2 * i] as number;
    const end = spans[2 * i + 1] as number;
    const value = text.slice(start, end);
    tokens[i] = {
      text: value,
      span: { start, end },
      pos: tagNames[tags[i] as number] as string,
      lemma: lemmas[i] ?? value.toLowerCase(),
      precededBySpace: precededBySpace[i] === 1,
    };
  }
  return { ...packed, tokens };
}
