import type { Duplicate } from '../model/story.ts';
import { articleWords } from './article-words.ts';
import type { CorpusArticle } from './corpus-article.ts';
import { isSelectiveFact } from './fact-fingerprint.ts';
import { LshIndex, type LshSnapshot } from './lsh-index.ts';
import { estimateJaccard } from './minhash.ts';
import { runStarts } from './packed-sections.ts';

/** Thresholds for calling an article a copy; defaults tuned on a public news set (see BENCHMARKS.md). */
export interface DuplicateThresholds {
  /** Estimated shingle Jaccard at or above which two articles are near duplicates. */
  readonly near: number;
  /** Share of the shorter article's shingles found in the longer one at or above which it is a near duplicate. */
  readonly containment: number;
  /** Estimated shingle Jaccard at or above which an article under the same headline (3+ words) is a re-publication. */
  readonly republished: number;
  /** Fact-overlap (Jaccard over fact keys) at or above which a low-word-overlap article is a rewrite. */
  readonly derivative: number;
  /** Shared fact keys a rewrite needs at least, so two thin articles do not match on one date. */
  readonly derivativeMinShared: number;
  /** Shared figures, dates or coded events a rewrite needs at least. */
  readonly derivativeMinSelective: number;
  /** Rewrites are looked for among articles published at most this many days apart. */
  readonly derivativeWindowDays: number;
}

export const defaultDuplicateThresholds: DuplicateThresholds = {
  near: 0.5,
  containment: 0.7,
  republished: 0.2,
  derivative: 0.5,
  derivativeMinShared: 4,
  derivativeMinSelective: 3,
  derivativeWindowDays: 7,
};

/** A duplicate index as saved in a corpus snapshot: per article in indexing order, then the lookup tables. */
export interface DuplicateIndexSnapshot {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly sources: readonly (string | null)[];
  readonly hashes: readonly string[];
  /** Epoch ms, NaN when undated. */
  readonly published: Float64Array;
  readonly lengths: Int32Array;
  /** Signature of article i: `signatures[signatureStarts[i]…signatureStarts[i+1])`. */
  readonly signatureStarts: Int32Array;
  readonly signatures: Uint32Array;
  readonly factStarts: Int32Array;
  readonly facts: readonly string[];
  readonly originals: readonly (string | null)[];
  /** The exact-hash table as [hash, id] pairs in insertion order. */
  readonly byHash: readonly (readonly [string, string])[];
  readonly factKeys: readonly string[];
  readonly factPostings: readonly (readonly string[])[];
  readonly lsh: LshSnapshot;
}

interface Entry {
  readonly article: CorpusArticle;
  /** The article this one copies, so a chain of copies resolves to its first original. */
  readonly originalId?: string;
}

const DAY = 86_400_000;
const SHORT_TEXT_WORDS = 40;
const SHORT_TEXT_NEAR = 0.75;
const EMPTY_TERMS: ReadonlyMap<string, number> = new Map();
const MAX_POSTINGS = 500;

/**
 * Incremental duplicate detection: exact (hash of normalised words), near (MinHash + LSH) and derivative (a rewrite
 * sharing the facts but not the words). `add` links an article to the earlier one it most likely copies.
 */
export class DuplicateIndex {
  readonly #byId = new Map<string, Entry>();
  readonly #byHash = new Map<string, string>();
  readonly #lsh = new LshIndex();
  readonly #byFact = new Map<string, string[]>();

  constructor(readonly thresholds: DuplicateThresholds = defaultDuplicateThresholds) {}

  /** Finds what the article duplicates among those added before, then indexes it. */
  add(article: CorpusArticle): Duplicate | undefined {
    const link = this.find(article);
    this.index(article, link?.originalId);
    return link;
  }

  /** Indexes an article whose link is already known (reloading a store), without looking for its original again. */
  index(article: CorpusArticle, originalId?: string): void {
    const { terms: _terms, ...slim } = article;
    // Story terms are the clusterer's business; keeping them here would double the memory per article.
    const kept = { ...slim, terms: EMPTY_TERMS };
    this.#byId.set(article.id, originalId === undefined ? { article: kept } : { article: kept, originalId });
    if (!this.#byHash.has(article.exactHash)) this.#byHash.set(article.exactHash, article.id);
    this.#lsh.add(article.id, article.signature);
    for (const fact of article.facts) {
      if (!isSelectiveFact(fact)) continue;
      const posting = this.#byFact.get(fact);
      if (!posting) this.#byFact.set(fact, [article.id]);
      else {
        posting.push(article.id);
        if (posting.length > MAX_POSTINGS * 2) posting.splice(0, posting.length - MAX_POSTINGS);
      }
    }
  }

  /** The best duplicate link for an article without indexing it. */
  find(article: CorpusArticle): Duplicate | undefined {
    const exact = this.#byHash.get(article.exactHash);
    if (exact !== undefined && exact !== article.id) {
      return { documentId: article.id, originalId: this.#root(exact), kind: 'exact', similarity: 1 };
    }
    let best: Duplicate | undefined;
    for (const id of this.#lsh.candidates(article.signature)) {
      const other = this.#byId.get(id)?.article;
      if (!other || other.id === article.id || Math.min(other.length, article.length) < 8) continue;
      const similarity = estimateJaccard(article.signature, other.signature);
      // Two briefs of a sentence or two share half their shingles by saying the same thing differently (MSRP).
      const near = Math.min(other.length, article.length) < SHORT_TEXT_WORDS ? Math.max(this.thresholds.near, SHORT_TEXT_NEAR) : this.thresholds.near;
      const isCopy = similarity >= near || this.#isContained(article, other, similarity) || this.#isRepublished(article, other, similarity);
      if (isCopy && (!best || similarity > best.similarity)) {
        best = { documentId: article.id, originalId: other.id, kind: 'near', similarity };
      }
    }
    return best ?? this.#findDerivative(article);
  }

  /** The article a document was linked to, followed to the first original. */
  originalOf(id: string): string {
    return this.#root(id);
  }

  get size(): number {
    return this.#byId.size;
  }

  /** Everything the index holds, for a corpus snapshot. */
  snapshot(): DuplicateIndexSnapshot {
    const entries = [...this.#byId.values()];
    const signatureStarts = runStarts(entries.map((e) => e.article.signature.length));
    const signatures = new Uint32Array(signatureStarts.at(-1) ?? 0);
    for (const [i, e] of entries.entries()) signatures.set(e.article.signature, signatureStarts[i] ?? 0);
    return {
      ids: entries.map((e) => e.article.id),
      titles: entries.map((e) => e.article.title),
      sources: entries.map((e) => e.article.source ?? null),
      hashes: entries.map((e) => e.article.exactHash),
      published: Float64Array.from(entries, (e) => e.article.published ?? NaN),
      lengths: Int32Array.from(entries, (e) => e.article.length),
      signatureStarts,
      signatures,
      factStarts: runStarts(entries.map((e) => e.article.facts.length)),
      facts: entries.flatMap((e) => e.article.facts),
      originals: entries.map((e) => e.originalId ?? null),
      byHash: [...this.#byHash],
      factKeys: [...this.#byFact.keys()],
      factPostings: [...this.#byFact.values()],
      lsh: this.#lsh.snapshot(),
    };
  }

  /** Fills an empty index from a snapshot, so it finds exactly what the index that was saved would have found. */
  restore(snapshot: DuplicateIndexSnapshot): void {
    if (this.#byId.size > 0) throw new Error('DuplicateIndex.restore needs an empty index');
    const signatures = new Uint32Array(snapshot.signatures);
    for (const [i, id] of snapshot.ids.entries()) {
      const published = snapshot.published[i] ?? NaN;
      const source = snapshot.sources[i];
      const article: CorpusArticle = {
        id,
        ...(Number.isNaN(published) ? {} : { published }),
        title: snapshot.titles[i] ?? '',
        ...(source == null ? {} : { source }),
        exactHash: snapshot.hashes[i] ?? '',
        signature: signatures.subarray(snapshot.signatureStarts[i] ?? 0, snapshot.signatureStarts[i + 1] ?? 0),
        length: snapshot.lengths[i] ?? 0,
        facts: snapshot.facts.slice(snapshot.factStarts[i] ?? 0, snapshot.factStarts[i + 1] ?? 0),
        terms: EMPTY_TERMS,
      };
      const originalId = snapshot.originals[i];
      this.#byId.set(id, originalId == null ? { article } : { article, originalId });
    }
    for (const [hash, id] of snapshot.byHash) this.#byHash.set(hash, id);
    for (const [i, fact] of snapshot.factKeys.entries()) this.#byFact.set(fact, [...(snapshot.factPostings[i] ?? [])]);
    this.#lsh.restore(snapshot.lsh);
  }

  #findDerivative(article: CorpusArticle): Duplicate | undefined {
    const selective = article.facts.filter(isSelectiveFact);
    const selectiveCount = selective.length;
    if (selectiveCount < this.thresholds.derivativeMinSelective || article.facts.length < this.thresholds.derivativeMinShared) return undefined;
    const counts = new Map<string, number>();
    for (const fact of selective) {
      for (const id of (this.#byFact.get(fact) ?? []).slice(-MAX_POSTINGS)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const mine = new Set(article.facts);
    let best: Duplicate | undefined;
    let bestTime = Infinity;
    for (const [id, sharedSelective] of counts) {
      if (sharedSelective < this.thresholds.derivativeMinSelective) continue;
      const other = this.#byId.get(id)?.article;
      if (!other || other.id === article.id || !this.#withinWindow(article, other)) continue;
      // A rewrite keeps the figures, dates and coded events (selective facts) and the cast (actors, speakers).
      const otherSelective = other.facts.filter(isSelectiveFact).length;
      const selective = sharedSelective / (selectiveCount + otherSelective - sharedSelective);
      const sharedFacts = other.facts.filter((fact) => mine.has(fact));
      const shared = sharedFacts.length;
      // Follow-ups repeat background figures; a rewrite also keeps the day the thing happened.
      if (shared < this.thresholds.derivativeMinShared || !sharedFacts.some((fact) => fact.startsWith('date:'))) continue;
      const overall = shared / (mine.size + other.facts.length - shared);
      if (selective < this.thresholds.derivative || overall < this.thresholds.derivative * 0.8) continue;
      const similarity = round((selective + overall) / 2);
      // Prefer the closest match; among equals, the earliest article is the likelier source.
      const time = other.published ?? 0;
      if (!best || similarity > best.similarity || (similarity === best.similarity && time < bestTime)) {
        best = { documentId: article.id, originalId: other.id, kind: 'derivative', similarity };
        bestTime = time;
      }
    }
    return best;
  }

  /** A long version of a short article (or the reverse): most of the shorter one's shingles occur in the longer. */
  #isContained(a: CorpusArticle, b: CorpusArticle, jaccard: number): boolean {
    const shorter = Math.min(a.length, b.length);
    if (shorter < 50 || jaccard < 0.15) return false;
    const intersection = (jaccard * (a.length + b.length)) / (1 + jaccard);
    return intersection / shorter >= this.thresholds.containment;
  }

  /** An updated re-publication: the same headline over a partly rewritten body (an outlet revising its story). */
  #isRepublished(a: CorpusArticle, b: CorpusArticle, jaccard: number): boolean {
    if (jaccard < this.thresholds.republished) return false;
    const headline = articleWords(a.title);
    return headline.length >= 3 && headline.join(' ') === articleWords(b.title).join(' ');
  }

  #withinWindow(a: CorpusArticle, b: CorpusArticle): boolean {
    if (a.published === undefined || b.published === undefined) return true;
    return Math.abs(a.published - b.published) <= this.thresholds.derivativeWindowDays * DAY;
  }

  #root(id: string): string {
    let current = id;
    for (let hops = 0; hops < 50; hops++) {
      const next = this.#byId.get(current)?.originalId;
      if (next === undefined || next === current) return current;
      current = next;
    }
    return current;
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
