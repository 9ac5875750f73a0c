import { sequenceOf } from './carry-story-ids.ts';
import type { CorpusArticle } from './corpus-article.ts';
import { runStarts } from './packed-sections.ts';
import { PackedStory, type PackedTerms } from './packed-story.ts';
import { TermSpace, type TermSpaceSnapshot, type TermVector } from './term-vector.ts';

/** Tuning of online story clustering; defaults tuned on ECB+ (see BENCHMARKS.md). */
export interface StoryClusterOptions {
  /** Minimum decayed cosine between an article and a story's centroid for the article to join it. */
  readonly threshold: number;
  /** Gap in days between an article and a story within which no decay applies. */
  readonly graceDays: number;
  /** Beyond the grace period, similarity decays as exp(−extra days / decayDays). */
  readonly decayDays: number;
  /** Terms kept per story centroid (bounds memory for big stories). */
  readonly centroidTerms: number;
  /** Top terms of an article used to look up candidate stories. */
  readonly lookupTerms: number;
}

export const defaultStoryClusterOptions: StoryClusterOptions = {
  threshold: 0.27,
  graceDays: 2,
  decayDays: 4,
  centroidTerms: 300,
  lookupTerms: 12,
};

/** Why an article went where it did: the story, the score, and the terms that carried the match. */
export interface StoryAssignment {
  readonly documentId: string;
  readonly storyId: string;
  readonly isNewStory: boolean;
  readonly similarity: number;
  readonly sharedTerms: readonly string[];
  /** Set when the article joined because it copies an article already in the story. */
  readonly duplicateOf?: string;
}

/** A story as the clusterer holds it. */
export interface StoryState {
  readonly id: string;
  headline: string;
  readonly documentIds: string[];
  first?: number;
  last?: number;
  centroid: Map<number, number>;
  norm: number;
  readonly indexedTerms: Set<number>;
}

/** A clusterer as saved in a corpus snapshot: the term space, then per story in creation order, then the lookups. */
export interface StoryClustererSnapshot {
  readonly space: TermSpaceSnapshot;
  readonly nextId: number;
  readonly storyIds: readonly string[];
  readonly headlines: readonly string[];
  /** First and last publication time per story, NaN when unknown. */
  readonly first: Float64Array;
  readonly last: Float64Array;
  readonly norms: Float64Array;
  readonly memberStarts: Int32Array;
  readonly members: readonly string[];
  /** Centroid entries in their map order (sums and the norm depend on it, to the last bit). */
  readonly centroidStarts: Int32Array;
  readonly centroidTerms: Int32Array;
  readonly centroidWeights: Float64Array;
  readonly indexedStarts: Int32Array;
  readonly indexedTerms: Int32Array;
  /** Article → story (an index into `storyIds`), in map order. */
  readonly storyOfIds: readonly string[];
  readonly storyOfStories: Int32Array;
  readonly postingTerms: Int32Array;
  readonly postingStarts: Int32Array;
  readonly postingStories: Int32Array;
}

const DAY = 86_400_000;
const MAX_POSTING_SCAN = 150;

/**
 * Online single-pass clustering of articles into stories: each article joins the most similar recent story (TF-IDF
 * cosine to the centroid, decayed by the time gap) or starts a new one. Decisions never change once made, so story
 * ids are stable; re-clustering the corpus is a fresh pass.
 */
export class StoryClusterer {
  readonly space = new TermSpace();
  readonly #stories = new Map<string, StoryState>();
  readonly #storyOf = new Map<string, string>();
  readonly #postings = new Map<number, string[]>();
  /** Postings restored from a snapshot and not asked for yet: row per term id (-1: none or unpacked), story indexes. */
  #frozen: { readonly rows: Int32Array; readonly starts: Int32Array; readonly stories: Int32Array; readonly ids: readonly string[] } | undefined;
  #nextId = 1;
  /** The TF-IDF vector of the article last added, so a re-clustering pass need not compute it twice. */
  lastVector: TermVector | undefined;

  constructor(
    readonly options: StoryClusterOptions = defaultStoryClusterOptions,
    readonly newStoryId: (article: CorpusArticle, sequence: number) => string = (_, n) => `s${n}`,
  ) {}

  /** Counts document frequencies ahead of clustering, when the whole corpus is known (re-clustering, eval). */
  prime(articles: Iterable<CorpusArticle>): void {
    for (const article of articles) this.space.observe(article.terms.keys());
  }

  /** Places one article; `duplicateOf` puts a copy straight into its original's story. */
  add(article: CorpusArticle, duplicateOf?: string, primed = false): StoryAssignment {
    if (!primed) this.space.observe(article.terms.keys());
    const vector = this.space.vectorize(article.terms);
    this.lastVector = vector;
    const copied = duplicateOf === undefined ? undefined : this.#storyOf.get(duplicateOf);
    if (copied !== undefined) {
      const story = this.#stories.get(copied);
      if (story) {
        this.#join(story, article, vector);
        return { documentId: article.id, storyId: story.id, isNewStory: false, similarity: 1, sharedTerms: [], duplicateOf: duplicateOf ?? '' };
      }
    }
    let best: { story: StoryState; score: number } | undefined;
    for (const story of this.#candidates(vector)) {
      const score = this.#similarity(vector, story) * this.#decay(article, story);
      if (score >= this.options.threshold && (!best || score > best.score)) best = { story, score };
    }
    if (best) {
      const sharedTerms = this.#sharedTerms(vector, best.story);
      this.#join(best.story, article, vector);
      return { documentId: article.id, storyId: best.story.id, isNewStory: false, similarity: round(best.score), sharedTerms };
    }
    const story: StoryState = {
      id: this.newStoryId(article, this.#nextId++),
      headline: article.title,
      documentIds: [],
      centroid: new Map(),
      norm: 0,
      indexedTerms: new Set(),
    };
    this.#stories.set(story.id, story);
    this.#join(story, article, vector);
    return { documentId: article.id, storyId: story.id, isNewStory: true, similarity: 1, sharedTerms: [] };
  }

  /** Puts an article into a known story without scoring it: rebuilds state from a store or a re-clustering. */
  seed(article: CorpusArticle, storyId: string, headline?: string): void {
    this.space.observe(article.terms.keys());
    let story = this.#stories.get(storyId);
    if (!story) {
      story = { id: storyId, headline: headline ?? article.title, documentIds: [], centroid: new Map(), norm: 0, indexedTerms: new Set() };
      this.#stories.set(storyId, story);
      this.reserve(storyId);
    }
    this.#join(story, article, this.space.vectorize(article.terms));
    if (headline !== undefined) story.headline = headline;
  }

  /** Keeps new stories from taking an id already used (a stored story, or one retired by a merge). */
  reserve(storyId: string): void {
    const sequence = sequenceOf(storyId);
    if (sequence >= this.#nextId) this.#nextId = sequence + 1;
  }

  /** Time decay between an article and a set of publication times (1 when either is undated). */
  decayBetween(published: number | undefined, first: number | undefined, last: number | undefined): number {
    if (published === undefined || first === undefined || last === undefined) return 1;
    const gap = Math.max(0, first - published, published - last) / DAY;
    return gap <= this.options.graceDays ? 1 : Math.exp(-(gap - this.options.graceDays) / this.options.decayDays);
  }

  storyOf(documentId: string): string | undefined {
    return this.#storyOf.get(documentId);
  }

  stories(): IterableIterator<StoryState> {
    return this.#stories.values();
  }

  /** Everything the clusterer holds, for a corpus snapshot. */
  snapshot(): StoryClustererSnapshot {
    const stories = [...this.#stories.values()];
    const indexOf = new Map(stories.map((story, i) => [story.id, i]));
    const storyIndex = (id: string) => {
      const index = indexOf.get(id);
      if (index === undefined) throw new Error(`story ${id} is referenced but not held`);
      return index;
    };
    const packed = stories.map(packedTermsOf);
    const postings = [...this.#frozenPostings(), ...this.#postings];
    return {
      space: this.space.snapshot(),
      nextId: this.#nextId,
      storyIds: stories.map((s) => s.id),
      headlines: stories.map((s) => s.headline),
      first: Float64Array.from(stories, (s) => s.first ?? NaN),
      last: Float64Array.from(stories, (s) => s.last ?? NaN),
      norms: Float64Array.from(stories, (s) => s.norm),
      memberStarts: runStarts(stories.map((s) => s.documentIds.length)),
      members: stories.flatMap((s) => s.documentIds),
      centroidStarts: runStarts(packed.map((p) => p.centroidTerms.length)),
      centroidTerms: concatenate(Int32Array, packed.map((p) => p.centroidTerms)),
      centroidWeights: concatenate(Float64Array, packed.map((p) => p.centroidWeights)),
      indexedStarts: runStarts(packed.map((p) => p.indexedTerms.length)),
      indexedTerms: concatenate(Int32Array, packed.map((p) => p.indexedTerms)),
      storyOfIds: [...this.#storyOf.keys()],
      storyOfStories: Int32Array.from(this.#storyOf.values(), storyIndex),
      postingTerms: Int32Array.from(postings, ([term]) => term),
      postingStarts: runStarts(postings.map(([, ids]) => ids.length)),
      postingStories: Int32Array.from(postings.flatMap(([, ids]) => ids.map(storyIndex))),
    };
  }

  /**
   * Fills an empty clusterer from a snapshot, so it places articles exactly as the clusterer that was saved. Centroids
   * and term postings stay packed until an article needs them.
   */
  restore(snapshot: StoryClustererSnapshot): void {
    if (this.#stories.size > 0) throw new Error('StoryClusterer.restore needs an empty clusterer');
    this.space.restore(snapshot.space);
    this.#nextId = snapshot.nextId;
    // Copies, so the stories do not keep the whole snapshot blob alive; each story then holds views into these.
    const centroidTerms = new Int32Array(snapshot.centroidTerms);
    const centroidWeights = new Float64Array(snapshot.centroidWeights);
    const indexedTerms = new Int32Array(snapshot.indexedTerms);
    const stories = snapshot.storyIds.map((id, i) => {
      const [from, to] = [snapshot.centroidStarts[i] ?? 0, snapshot.centroidStarts[i + 1] ?? 0];
      return new PackedStory(
        id,
        snapshot.headlines[i] ?? '',
        snapshot.members.slice(snapshot.memberStarts[i] ?? 0, snapshot.memberStarts[i + 1] ?? 0),
        { first: snapshot.first[i] ?? NaN, last: snapshot.last[i] ?? NaN },
        snapshot.norms[i] ?? 0,
        {
          centroidTerms: centroidTerms.subarray(from, to),
          centroidWeights: centroidWeights.subarray(from, to),
          indexedTerms: indexedTerms.subarray(snapshot.indexedStarts[i] ?? 0, snapshot.indexedStarts[i + 1] ?? 0),
        },
      );
    });
    for (const story of stories) this.#stories.set(story.id, story);
    for (const [i, documentId] of snapshot.storyOfIds.entries()) this.#storyOf.set(documentId, stories[snapshot.storyOfStories[i] ?? -1]?.id ?? '');
    const rows = new Int32Array(snapshot.space.terms.length).fill(-1);
    for (const [i, term] of snapshot.postingTerms.entries()) rows[term] = i;
    this.#frozen = { rows, starts: new Int32Array(snapshot.postingStarts), stories: new Int32Array(snapshot.postingStories), ids: snapshot.storyIds };
  }

  /** A term's posting (story ids, oldest first), unpacked from the snapshot the first time it is asked for. */
  #postingOf(term: number): string[] | undefined {
    const posting = this.#postings.get(term);
    const frozen = this.#frozen;
    const row = frozen?.rows[term] ?? -1;
    if (posting || !frozen || row < 0) return posting;
    const thawed: string[] = [];
    for (let j = frozen.starts[row] ?? 0; j < (frozen.starts[row + 1] ?? 0); j++) thawed.push(frozen.ids[frozen.stories[j] ?? -1] ?? '');
    frozen.rows[term] = -1;
    this.#postings.set(term, thawed);
    return thawed;
  }

  /** The postings still packed, as [term, story ids] pairs. */
  *#frozenPostings(): Generator<[number, string[]]> {
    const frozen = this.#frozen;
    if (!frozen) return;
    for (const [term, row] of frozen.rows.entries()) {
      if (row < 0) continue;
      const ids: string[] = [];
      for (let j = frozen.starts[row] ?? 0; j < (frozen.starts[row + 1] ?? 0); j++) ids.push(frozen.ids[frozen.stories[j] ?? -1] ?? '');
      yield [term, ids];
    }
  }

  #candidates(vector: TermVector): Set<StoryState> {
    const found = new Set<StoryState>();
    const lookups = Math.min(this.options.lookupTerms, vector.ids.length);
    for (let i = 0; i < lookups; i++) {
      if (this.space.isCommon(vector.ids[i] ?? -1)) continue;
      const posting = this.#postingOf(vector.ids[i] ?? -1);
      if (!posting) continue;
      for (let j = posting.length - 1; j >= Math.max(0, posting.length - MAX_POSTING_SCAN); j--) {
        const story = this.#stories.get(posting[j] ?? '');
        if (story) found.add(story);
      }
    }
    return found;
  }

  #similarity(vector: TermVector, story: StoryState): number {
    if (story.norm === 0) return 0;
    let dot = 0;
    for (let i = 0; i < vector.ids.length; i++) dot += (vector.weights[i] ?? 0) * (story.centroid.get(vector.ids[i] ?? -1) ?? 0);
    return dot / story.norm;
  }

  #decay(article: CorpusArticle, story: StoryState): number {
    return this.decayBetween(article.published, story.first, story.last);
  }

  #sharedTerms(vector: TermVector, story: StoryState): string[] {
    const contributions: [number, number][] = [];
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i] ?? -1;
      const weight = story.centroid.get(id);
      if (weight) contributions.push([id, weight * (vector.weights[i] ?? 0)]);
    }
    return contributions.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([id]) => this.space.termOf(id));
  }

  #join(story: StoryState, article: CorpusArticle, vector: TermVector): void {
    story.documentIds.push(article.id);
    this.#storyOf.set(article.id, story.id);
    if (article.published !== undefined) {
      if (story.first === undefined || article.published < story.first) {
        story.first = article.published;
        story.headline = article.title;
      }
      if (story.last === undefined || article.published > story.last) story.last = article.published;
    }
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i] ?? -1;
      story.centroid.set(id, (story.centroid.get(id) ?? 0) + (vector.weights[i] ?? 0));
    }
    if (story.centroid.size > this.options.centroidTerms * 1.5) {
      story.centroid = new Map([...story.centroid].sort((a, b) => b[1] - a[1]).slice(0, this.options.centroidTerms));
    }
    let norm = 0;
    for (const weight of story.centroid.values()) norm += weight * weight;
    story.norm = Math.sqrt(norm);
    const lookups = Math.min(this.options.lookupTerms, vector.ids.length);
    for (let i = 0; i < lookups; i++) {
      const id = vector.ids[i] ?? -1;
      if (story.indexedTerms.has(id)) continue;
      story.indexedTerms.add(id);
      const posting = this.#postingOf(id);
      if (posting) posting.push(story.id);
      else this.#postings.set(id, [story.id]);
    }
  }
}

/** A story's centroid and indexed terms as arrays: as they were restored if untouched, else from its map and set. */
function packedTermsOf(story: StoryState): PackedTerms {
  if (story instanceof PackedStory && story.packed) return story.packed;
  return {
    centroidTerms: Int32Array.from(story.centroid.keys()),
    centroidWeights: Float64Array.from(story.centroid.values()),
    indexedTerms: Int32Array.from(story.indexedTerms),
  };
}

/** One typed array holding the given ones end to end. */
function concatenate<T extends Int32Array | Float64Array>(Type: new (length: number) => T, parts: readonly T[]): T {
  const out = new Type(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
