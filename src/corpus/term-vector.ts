/** A sparse, L2-normalised vector over interned term ids. */
export interface TermVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** A term space as saved in a corpus snapshot: terms in id order, their document frequencies, the article count. */
export interface TermSpaceSnapshot {
  readonly terms: readonly string[];
  readonly df: Int32Array;
  readonly documents: number;
}

/** Interns terms as small integers and counts in how many articles each occurs, for TF-IDF. */
export class TermSpace {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  #df: number[] = [];
  #documents = 0;

  /** Counts an article's terms towards document frequencies. */
  observe(terms: Iterable<string>): void {
    this.#documents++;
    for (const term of terms) {
      const id = this.intern(term);
      this.#df[id] = (this.#df[id] ?? 0) + 1;
    }
  }

  intern(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#terms.length;
      this.#ids.set(term, id);
      this.#terms.push(term);
      this.#df.push(0);
    }
    return id;
  }

  /** Everything the space holds, for a snapshot. */
  snapshot(): TermSpaceSnapshot {
    return { terms: [...this.#terms], df: Int32Array.from(this.#df), documents: this.#documents };
  }

  /** Fills an empty space from a snapshot: same ids, same counts, so vectors come out bit for bit the same. */
  restore(snapshot: TermSpaceSnapshot): void {
    if (this.#terms.length > 0 || this.#documents > 0) throw new Error('TermSpace.restore needs an empty space');
    for (const term of snapshot.terms) this.intern(term);
    if (this.#terms.length !== snapshot.terms.length) throw new Error('TermSpace snapshot repeats a term');
    this.#df = Array.from(snapshot.df);
    this.#documents = snapshot.documents;
  }

  /** Whether a term occurs in so many articles (over 2% of a corpus of 500+) that it cannot find a story. */
  isCommon(id: number): boolean {
    return this.#documents >= 500 && (this.#df[id] ?? 0) > this.#documents * 0.02;
  }

  termOf(id: number): string {
    return this.#terms[id] ?? '';
  }

  /** Sublinear TF × smoothed IDF, L2-normalised; rare terms (names, places, numbers) dominate. */
  vectorize(terms: ReadonlyMap<string, number>): TermVector {
    const entries: [number, number][] = [];
    let norm = 0;
    for (const [term, tf] of terms) {
      const id = this.intern(term);
      const idf = Math.log((this.#documents + 1) / ((this.#df[id] ?? 0) + 1)) + 1;
      const weight = (1 + Math.log(tf)) * idf;
      entries.push([id, weight]);
      norm += weight * weight;
    }
    entries.sort((a, b) => b[1] - a[1]);
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return {
      ids: Int32Array.from(entries, ([id]) => id),
      weights: Float64Array.from(entries, ([, weight]) => weight * scale),
    };
  }
}
