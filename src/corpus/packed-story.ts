import type { StoryState } from './story-clusterer.ts';

/** A story's centroid (entries in map order) and indexed terms as typed arrays, the way a snapshot holds them. */
export interface PackedTerms {
  readonly centroidTerms: Int32Array;
  readonly centroidWeights: Float64Array;
  readonly indexedTerms: Int32Array;
}

/**
 * A story restored from a snapshot. Its centroid and indexed terms stay packed until an article is scored against it
 * or joins it (a handful of stories per article), so loading 20,000 stories builds no maps of millions of entries.
 */
export class PackedStory implements StoryState {
  readonly documentIds: string[];
  first?: number;
  last?: number;
  #packed: PackedTerms | undefined;
  #centroid: Map<number, number> | undefined;
  #indexed: Set<number> | undefined;

  constructor(
    readonly id: string,
    public headline: string,
    documentIds: string[],
    times: { readonly first: number; readonly last: number },
    public norm: number,
    packed: PackedTerms,
  ) {
    this.documentIds = documentIds;
    if (!Number.isNaN(times.first)) this.first = times.first;
    if (!Number.isNaN(times.last)) this.last = times.last;
    this.#packed = packed;
  }

  get centroid(): Map<number, number> {
    if (!this.#centroid) {
      const { centroidTerms, centroidWeights } = this.#packed ?? { centroidTerms: new Int32Array(0), centroidWeights: new Float64Array(0) };
      this.#centroid = new Map();
      for (let i = 0; i < centroidTerms.length; i++) this.#centroid.set(centroidTerms[i] ?? 0, centroidWeights[i] ?? 0);
      this.#release();
    }
    return this.#centroid;
  }

  set centroid(centroid: Map<number, number>) {
    this.#centroid = centroid;
  }

  get indexedTerms(): Set<number> {
    if (!this.#indexed) {
      this.#indexed = new Set(this.#packed?.indexedTerms ?? []);
      this.#release();
    }
    return this.#indexed;
  }

  /** The packed arrays while neither the centroid nor the indexed terms were unpacked, for saving them as they are. */
  get packed(): PackedTerms | undefined {
    return this.#centroid || this.#indexed ? undefined : this.#packed;
  }

  #release(): void {
    if (this.#centroid && this.#indexed) this.#packed = undefined;
  }
}
