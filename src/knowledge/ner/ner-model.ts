import { NER_LABELS, isAllowedTransition } from './ner-labels.ts';

/** Sentence length (in words) that `decodeInto`'s buffers hold from the start. */
export const DECODE_WORDS = 256;

/** A linear sequence labeller: feature weights per label plus label-transition weights, decoded with Viterbi. */
export class NerModel {
  readonly labels: readonly string[];
  private readonly allowed: Uint8Array;
  /** Per label, the labels that may precede it, ascending: Viterbi skips forbidden transitions without testing them. */
  private readonly allowedFrom: Int32Array;
  /** Where each label's run of allowed predecessors starts in `allowedFrom` (one entry per label, plus the end). */
  private readonly allowedFromStart: Int32Array;
  private readonly fromTransitions: Float64Array;
  private best: Float64Array;
  private back: Uint8Array;

  /**
   * `weights` holds one row of `labels.length` scores per feature in `index`; `transitions` holds
   * `(labels.length + 1) × labels.length` scores, the last row being the sentence start.
   */
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly weights: Float32Array,
    private readonly transitions: Float32Array,
    labels: readonly string[] = NER_LABELS,
  ) {
    this.labels = labels;
    const size = labels.length;
    // Sized for a long sentence up front: growing them later, inside optimised `decodeInto`, would deoptimise it.
    this.best = new Float64Array(DECODE_WORDS * size);
    this.back = new Uint8Array(DECODE_WORDS * size);
    this.allowed = new Uint8Array((size + 1) * size);
    for (let from = 0; from <= size; from++) {
      for (let to = 0; to < size; to++) {
        this.allowed[from * size + to] = isAllowedTransition(from === size ? null : (labels[from] ?? 'O'), labels[to] ?? 'O') ? 1 : 0;
      }
    }
    const froms: number[] = [];
    const starts = [0];
    for (let to = 0; to < size; to++) {
      for (let from = 0; from < size; from++) if (this.allowed[from * size + to] === 1) froms.push(from);
      starts.push(froms.length);
    }
    this.allowedFrom = Int32Array.from(froms);
    this.allowedFromStart = Int32Array.from(starts);
    this.fromTransitions = new Float64Array(froms.length);
  }

  get featureCount(): number {
    return this.index.size;
  }

  /** Every feature the model knows with its weight row, e.g. to index feature families by integer ids. */
  features(): IterableIterator<[string, number]> {
    return this.index.entries();
  }

  /** The weight row of a feature, or -1 when the model does not know it. */
  rowOf(feature: string): number {
    return this.index.get(feature) ?? -1;
  }

  /** Adds one feature row's weights to the label scores starting at `at` (`i × labels` for word `i`). */
  addRow(scores: Float32Array, at: number, row: number): void {
    if (row < 0) return;
    const size = this.labels.length;
    const weights = this.weights;
    const base = row * size;
    for (let label = 0; label < size; label++) scores[at + label] = (scores[at + label] as number) + (weights[base + label] as number);
  }

  /** The summed weight rows of several features, to add later in one step. */
  sumRows(rows: readonly number[]): Float32Array {
    const sum = new Float32Array(this.labels.length);
    for (const row of rows) this.addRow(sum, 0, row);
    return sum;
  }

  /** Sums the weights of each word's features into per-label scores (`words × labels`). */
  score(features: readonly (readonly string[])[]): Float32Array {
    const size = this.labels.length;
    const scores = new Float32Array(features.length * size);
    features.forEach((list, i) => {
      for (const feature of list) this.addRow(scores, i * size, this.rowOf(feature));
    });
    return scores;
  }

  /** The best-scoring label sequence that respects IOB2 (no `I-X` after `O` or another type). */
  decode(scores: Float32Array, length: number): number[] {
    const path = new Uint8Array(length);
    this.decodeInto(scores, 0, length, path, 0);
    return Array.from(path);
  }

  /**
   * Viterbi over the `length` words whose scores start at `scores[start × labels]`, writing label indices into
   * `path` from `pathStart`. Its work arrays are reused across calls, so a document costs no allocation per sentence.
   * Its three passes are methods of their own: as one function, code V8 compiled on the spot in one loop held the loops
   * after it with the first sentences' feedback and bailed out there at later calls.
   */
  decodeInto(scores: Float32Array, start: number, length: number, path: Uint8Array, pathStart: number): void {
    const size = this.labels.length;
    if (length === 0) return;
    if (this.best.length < length * size) {
      this.best = new Float64Array(2 * length * size);
      this.back = new Uint8Array(2 * length * size);
    }
    this.orderTransitions(size);
    this.forward(scores, start * size, length, size);
    this.backtrack(length, size, path, pathStart);
  }

  /** Transitions laid out in `allowedFrom` order, read at each call: training changes them between sentences. */
  private orderTransitions(size: number): void {
    const { transitions, allowedFrom, allowedFromStart, fromTransitions } = this;
    for (let to = 0; to < size; to++) {
      for (let k = allowedFromStart[to] ?? 0; k < (allowedFromStart[to + 1] ?? 0); k++) fromTransitions[k] = transitions[(allowedFrom[k] ?? 0) * size + to] ?? 0;
    }
  }

  /** Viterbi's forward pass over the sentence's scores from `offset`: each label's best score and best predecessor. */
  private forward(scores: Float32Array, offset: number, length: number, size: number): void {
    const { best, back, transitions, allowed, allowedFrom, allowedFromStart, fromTransitions } = this;
    for (let to = 0; to < size; to++) {
      best[to] = allowed[size * size + to] ? (scores[offset + to] ?? 0) + (transitions[size * size + to] ?? 0) : -Infinity;
    }
    for (let i = 1; i < length; i++) {
      const previous = (i - 1) * size;
      const here = i * size;
      for (let to = 0; to < size; to++) {
        const end = allowedFromStart[to + 1] ?? 0;
        let k = allowedFromStart[to] ?? 0;
        // The first allowed predecessor seeds the maximum; a label nothing may precede stays unreachable.
        let arg = k < end ? (allowedFrom[k] ?? 0) : 0;
        let top = k < end ? (best[previous + arg] ?? -Infinity) + (fromTransitions[k] ?? 0) : -Infinity;
        // k < end keeps every read inside its array: no `??` in the innermost loop.
        for (k++; k < end; k++) {
          const from = allowedFrom[k] as number;
          const value = (best[previous + from] as number) + (fromTransitions[k] as number);
          if (value > top) {
            top = value;
            arg = from;
          }
        }
        best[here + to] = top + (scores[offset + here + to] ?? 0);
        back[here + to] = arg;
      }
    }
  }

  /** The best last label, then each word's label read back from the one after it. */
  private backtrack(length: number, size: number, path: Uint8Array, pathStart: number): void {
    const { best, back } = this;
    const lastRow = (length - 1) * size;
    let last = 0;
    for (let to = 1; to < size; to++) if ((best[lastRow + to] ?? -Infinity) > (best[lastRow + last] ?? -Infinity)) last = to;
    path[pathStart + length - 1] = last;
    for (let i = length - 1; i > 0; i--) path[pathStart + i - 1] = back[i * size + (path[pathStart + i] ?? 0)] ?? 0;
  }

  /** Labels one sentence from its per-word feature lists. */
  predict(features: readonly (readonly string[])[]): string[] {
    return this.decode(this.score(features), features.length).map((label) => this.labels[label] ?? 'O');
  }
}
