import { NER_LABELS } from './ner-labels.ts';
import { NerModel } from './ner-model.ts';
import type { NerWeights } from './ner-weights.ts';

/** One training sentence: per-word feature lists and gold IOB2 labels. */
export interface TrainingSentence {
  readonly features: readonly (readonly string[])[];
  readonly tags: readonly string[];
}

/** Knobs of perceptron training. */
export interface TrainingOptions {
  readonly epochs: number;
  /** Features seen fewer times than this in training are dropped (noise and size). */
  readonly minCount: number;
  /** Averaged weights smaller than this (in absolute value, for every label) are pruned before saving. */
  readonly pruneBelow: number;
  /** Called after each epoch with the averaged model, e.g. to score the development set. */
  readonly afterEpoch?: (epoch: number, model: NerModel) => void;
  readonly seed?: number;
}

/** Trains a structured averaged perceptron (Collins 2002) with Viterbi decoding over IOB2 labels. */
export function trainPerceptron(sentences: readonly TrainingSentence[], options: TrainingOptions): NerWeights {
  const size = NER_LABELS.length;
  const labelOf = new Map(NER_LABELS.map((label, i) => [label, i]));
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const list of sentence.features) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= options.minCount).map(([name]) => name);
  counts.clear();
  const index = new Map(names.map((name, i) => [name, i]));
  const encoded = sentences.map((s) => ({
    ids: s.features.map((list) => Int32Array.from(list.map((f) => index.get(f) ?? -1).filter((id) => id >= 0))),
    gold: s.tags.map((tag) => labelOf.get(tag) ?? 0),
  }));
  const weights = new Float32Array(names.length * size);
  const weightSums = new Float64Array(names.length * size);
  const transitions = new Float32Array((size + 1) * size);
  const transitionSums = new Float64Array((size + 1) * size);
  const live = new NerModel(index, weights, transitions);
  let step = 1;
  let random = options.seed ?? 7;
  const order = encoded.map((_, i) => i);
  const averaged = (): { weights: Float32Array; transitions: Float32Array } => ({
    weights: Float32Array.from(weights, (w, i) => w - (weightSums[i] ?? 0) / step),
    transitions: Float32Array.from(transitions, (w, i) => w - (transitionSums[i] ?? 0) / step),
  });
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      random = (random * 1103515245 + 12345) % 2147483648;
      const j = random % (i + 1);
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const n of order) {
      const { ids, gold } = encoded[n] ?? { ids: [], gold: [] };
      const scores = new Float32Array(ids.length * size);
      ids.forEach((list, i) => {
        for (const id of list) {
          for (let label = 0; label < size; label++) scores[i * size + label] = (scores[i * size + label] ?? 0) + (weights[id * size + label] ?? 0);
        }
      });
      const predicted = live.decode(scores, ids.length);
      const update = (array: Float32Array, sums: Float64Array, at: number, delta: number): void => {
        array[at] = (array[at] ?? 0) + delta;
        sums[at] = (sums[at] ?? 0) + step * delta;
      };
      for (let i = 0; i < ids.length; i++) {
        const want = gold[i] ?? 0;
        const got = predicted[i] ?? 0;
        const wantFrom = i === 0 ? size : (gold[i - 1] ?? 0);
        const gotFrom = i === 0 ? size : (predicted[i - 1] ?? 0);
        if (want === got && wantFrom === gotFrom) continue;
        update(transitions, transitionSums, wantFrom * size + want, 1);
        update(transitions, transitionSums, gotFrom * size + got, -1);
        if (want === got) continue;
        for (const id of ids[i] ?? []) {
          update(weights, weightSums, id * size + want, 1);
          update(weights, weightSums, id * size + got, -1);
        }
      }
      step++;
    }
    if (options.afterEpoch) {
      const snapshot = averaged();
      options.afterEpoch(epoch, new NerModel(index, snapshot.weights, snapshot.transitions));
    }
  }
  const final = averaged();
  return prune(names, final.weights, final.transitions, size, options.pruneBelow);
}

function prune(names: readonly string[], weights: Float32Array, transitions: Float32Array, size: number, below: number): NerWeights {
  const kept: number[] = [];
  names.forEach((_, row) => {
    for (let label = 0; label < size; label++) {
      if (Math.abs(weights[row * size + label] ?? 0) >= below) {
        kept.push(row);
        return;
      }
    }
  });
  const out = new Float32Array(kept.length * size);
  kept.forEach((row, i) => out.set(weights.subarray(row * size, row * size + size), i * size));
  return { labels: NER_LABELS, features: kept.map((row) => names[row] ?? ''), weights: out, transitions };
}
