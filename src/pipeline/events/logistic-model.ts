// The binary logistic regression both learned models of the events stage share: the side model (learned-sides.ts) and
// the event filter (event-filter.ts) score with it at run time, and their trainers fit it.

/** The logistic function: summed feature weights as a probability, at run time and in training. */
function logistic(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

/** A model's probability for one set of features: the sum of their weights (unknown features weigh nothing), squashed. */
export function logisticProbability(weights: Readonly<Record<string, number>>, features: readonly string[]): number {
  let score = 0;
  for (const feature of features) score += weights[feature] ?? 0;
  return logistic(score);
}

/** One example's features and whether it is right (the gold side, or an event the gold holds). */
export interface TrainingExample {
  readonly features: readonly string[];
  readonly isRight: boolean;
}

/** How the logistic regression is fitted and pruned. */
export interface LogisticTraining {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 pull towards zero of each weight a step touches. */
  readonly l2: number;
  /** Features seen fewer times are left out. */
  readonly minFeatureCount: number;
  /** Weights smaller than this are dropped from the model file. */
  readonly prune: number;
}

/** The settings both trainers fit with unless told otherwise. */
export const DEFAULT_LOGISTIC_TRAINING: LogisticTraining = { epochs: 10, learningRate: 0.1, l2: 0.001, minFeatureCount: 3, prune: 0.01 };

/**
 * Mulberry32, a small well-mixed 32-bit generator: the trainers' fixed shuffle. It is all integer arithmetic
 * (`Math.imul`, `>>>`): an LCG step in floating point (`seed * 1103515245`) loses its low bits past 2^53, and the old
 * shuffle fell into a cycle of 10,466 draws after 4,003.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle drawn from `random`: the trainers' epoch order and the learning curve's set orders. */
export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
}

/**
 * Fits a binary logistic regression by SGD in a fixed pseudo-random order, so the same examples give the same weights
 * (sorted, rounded, small ones pruned); both the side model and the event filter are fitted with it.
 */
export function fitLogisticWeights(examples: readonly TrainingExample[], training: LogisticTraining = DEFAULT_LOGISTIC_TRAINING): Record<string, number> {
  const counts = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const rows = examples.map((example) => ({ label: example.isRight ? 1 : 0, features: example.features.filter((feature) => (counts.get(feature) ?? 0) >= training.minFeatureCount) }));
  const weights = new Map<string, number>();
  const order = rows.map((_, index) => index);
  const random = mulberry32(7);
  for (let epoch = 0; epoch < training.epochs; epoch++) {
    shuffleInPlace(order, random);
    const rate = training.learningRate / (1 + epoch * 0.5);
    for (const at of order) {
      const row = rows[at] as (typeof rows)[number];
      let score = 0;
      for (const feature of row.features) score += weights.get(feature) ?? 0;
      const gradient = row.label - logistic(score);
      for (const feature of row.features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight * (1 - rate * training.l2) + rate * gradient);
      }
    }
  }
  const kept: Record<string, number> = {};
  for (const [feature, weight] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) if (Math.abs(weight) >= training.prune) kept[feature] = Math.round(weight * 1000) / 1000;
  return kept;
}
