import type { AnalyzedDocument } from '../model/document.ts';
import { articleWords, exactFingerprint } from './article-words.ts';
import { factFingerprint } from './fact-fingerprint.ts';
import { minhashSignature } from './minhash.ts';
import { storyTerms } from './story-terms.ts';

/** What cross-document work needs from one article: small enough to keep 100,000 of them in memory. */
export interface CorpusArticle {
  readonly id: string;
  /** Publication time in epoch milliseconds, when known. */
  readonly published?: number;
  readonly title: string;
  readonly source?: string;
  /**
   * The news agency named in the article's dateline ("OSLO (Reuters) -"): the outlet runs that agency's report, so a
   * story counts it as the agency's source, not the outlet's.
   */
  readonly wire?: string;
  readonly exactHash: string;
  readonly signature: Uint32Array;
  /** Number of words, so very short texts are not called near duplicates of everything. */
  readonly length: number;
  readonly facts: readonly string[];
  readonly terms: ReadonlyMap<string, number>;
}

/** Reduces an analysed document to its corpus features (hashes, MinHash signature, facts, story terms). */
export function corpusArticleFromDocument(doc: AnalyzedDocument): CorpusArticle {
  const words = articleWords(doc.text);
  const published = parsePublished(doc.meta.published);
  return {
    id: doc.id,
    ...(published === undefined ? {} : { published }),
    title: doc.meta.title ?? firstLine(doc.text),
    ...(doc.meta.source ? { source: doc.meta.source } : {}),
    ...(doc.dateline?.agency ? { wire: doc.dateline.agency } : {}),
    exactHash: exactFingerprint(doc.meta.title, doc.text),
    signature: minhashSignature(words),
    length: words.length,
    facts: factFingerprint(doc),
    terms: storyTerms(doc),
  };
}

/** Epoch milliseconds of an ISO date, or undefined when absent or unreadable. */
function parsePublished(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
