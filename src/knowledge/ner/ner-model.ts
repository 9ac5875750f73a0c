import { NER_LABELS, isAllowedTransition } from './ner-labels.ts';

/** A linear sequence labeller: feature weights per label plus label-transition weights, decoded with Viterbi. */
export class NerModel {
  readonly labels: readonly string[];
  private readonly allowed: Uint8Array;
  /** Per label, the labels that may precede it, ascending: Viterbi skips forbidden transitions without testing them. */
  private readonly allowedFrom: readonly Int32Array[];

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
    this.allowed = new Uint8Array((size + 1) * size);
    for (let from = 0; from <= size; from++) {
      for (let to = 0; to < size; to++) {
        this.allowed[from * size + to] = isAllowedTransition(from === size ? null : (labels[from] ?? 'O'), labels[to] ?? 'O') ? 1 : 0;
      }
    }
    this.allowedFrom = labels.map((_, to) => Int32Array.from({ length: size }, (_unused, from) => from).filter((from) => this.allowed[from * size + to] === 1));
  }

  get featureCount(): number {
    return this.index.size;
  }

  /** The weight row of a feature, or -1 when the model does not know it. */
  rowOf(feature: string): number {
    return this.index.get(feature) ?? -1;
  }

  /** Adds one feature row's weights to word `i`'s label scores. */
  addRow(scores: Float32Array, i: number, row: number): void {
    if (row < 0) return;
    const size = this.labels.length;
    const base = row * size;
    for (let label = 0; label < size; label++) {
      const at = i * size + label;
      scores[at] = (scores[at] ?? 0) + (this.weights[base + label] ?? 0);
    }
  }

  /** The summed weight rows of several features, to add later in one step. */
  sumRows(rows: readonly number[]): Float32Array {
    const size = this.labels.length;
    const sum = new Float32Array(size);
    for (const row of rows) {
      if (row < 0) continue;
      for (let label = 0; label < size; label++) sum[label] = (sum[label] ?? 0) + (this.weights[row * size + label] ?? 0);
    }
    return sum;
  }

  /** Adds a summed vector (from `sumRows`) to word `i`'s label scores. */
  addVector(scores: Float32Array, i: number, vector: Float32Array): void {
    const size = this.labels.length;
    for (let label = 0; label < size; label++) {
      const at = i * size + label;
      scores[at] = (scores[at] ?? 0) + (vector[label] ?? 0);
    }
  }

  /** Sums the weights of each word's features into per-label scores (`words × labels`). */
  score(features: readonly (readonly string[])[]): Float32Array {
    const size = this.labels.length;
    const scores = new Float32Array(features.length * size);
    features.forEach((list, i) => {
      for (const feature of list) this.addRow(scores, i, this.rowOf(feature));
    });
    return scores;
  }

  /** The best-scoring label sequence that respects IOB2 (no `I-X` after `O` or another type). */
  decode(scores: Float32Array, length: number): number[] {
    const size = this.labels.length;
    if (length === 0) return [];
    const best = new Float64Array(length * size).fill(-Infinity);
    const back = new Int32Array(length * size);
    for (let to = 0; to < size; to++) {
      if (this.allowed[size * size + to]) best[to] = (scores[to] ?? 0) + (this.transitions[size * size + to] ?? 0);
    }
    for (let i = 1; i < length; i++) {
      for (let to = 0; to < size; to++) {
        let top = -Infinity;
        let arg = 0;
        for (const from of this.allowedFrom[to] ?? []) {
          const value = (best[(i - 1) * size + from] ?? -Infinity) + (this.transitions[from * size + to] ?? 0);
          if (value > top) {
            top = value;
            arg = from;
          }
        }
        best[i * size + to] = top + (scores[i * size + to] ?? 0);
        back[i * size + to] = arg;
      }
    }
    let last = 0;
    for (let to = 1; to < size; to++) if ((best[(length - 1) * size + to] ?? -Infinity) > (best[(length - 1) * size + last] ?? -Infinity)) last = to;
    const path = new Array<number>(length);
    path[length - 1] = last;
    for (let i = length - 1; i > 0; i--) path[i - 1] = back[i * size + (path[i] ?? 0)] ?? 0;
    return path;
  }

  /** Labels one sentence from its per-word feature lists. */
  predict(features: readonly (readonly string[])[]): string[] {
    return this.decode(this.score(features), features.length).map((label) => this.labels[label] ?? 'O');
  }
}
