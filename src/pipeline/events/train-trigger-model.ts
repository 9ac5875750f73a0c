import type { TriggerModel } from '../../knowledge/events/trigger-model.ts';
import { mulberry32, shuffleInPlace } from './logistic-model.ts';
import { softmax } from './trigger-classifier.ts';
import { NONE, type LabelledCandidate } from './weak-trigger-labels.ts';

/** How the logistic regression is fitted and pruned. */
export interface TriggerTraining {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 pull towards zero of each weight a step touches. */
  readonly l2: number;
  /** Features seen fewer times are left out. */
  readonly minFeatureCount: number;
  /** Weights smaller than this are dropped from the model file. */
  readonly prune: number;
  /** Roots labelled fewer times are no class of their own. */
  readonly minRootCount: number;
  readonly threshold: number;
  /** A lemma is scored only if labelled a trigger this many times… */
  readonly minLemmaTriggers: number;
  /** …and in at least this share of its occurrences as a candidate. */
  readonly minLemmaRate: number;
}

export const DEFAULT_TRIGGER_TRAINING: TriggerTraining = { epochs: 12, learningRate: 0.2, l2: 0.0005, minFeatureCount: 2, prune: 0.05, minRootCount: 3, threshold: 0.5, minLemmaTriggers: 2, minLemmaRate: 0.15 };

/** Fits a multinomial logistic regression by SGD in a fixed pseudo-random order, so the same data give the same model. */
export function trainTriggerModel(examples: readonly LabelledCandidate[], training: TriggerTraining = DEFAULT_TRIGGER_TRAINING): TriggerModel {
  const rootCounts = countBy(examples.filter((example) => example.root !== NONE).map((example) => example.root));
  const classes = [NONE, ...[...rootCounts].filter(([, count]) => count >= training.minRootCount).map(([root]) => root).sort()];
  const classOf = new Map(classes.map((root, index) => [root, index]));
  const featureCounts = countBy(examples.flatMap((example) => example.features));
  const rows = examples.map((example) => ({ label: classOf.get(example.root) ?? 0, features: example.features.filter((feature) => (featureCounts.get(feature) ?? 0) >= training.minFeatureCount) }));
  const weights = new Map<string, Float64Array>();
  const order = rows.map((_, index) => index);
  const random = mulberry32(1);
  const scores = new Float64Array(classes.length);
  for (let epoch = 0; epoch < training.epochs; epoch++) {
    shuffleInPlace(order, random);
    const rate = training.learningRate / (1 + epoch);
    for (const at of order) {
      const row = rows[at] as (typeof rows)[number];
      scores.fill(0);
      const vectors = row.features.map((feature) => {
        let vector = weights.get(feature);
        if (!vector) weights.set(feature, (vector = new Float64Array(classes.length)));
        return vector;
      });
      for (const vector of vectors) for (let c = 0; c < classes.length; c++) scores[c] = (scores[c] as number) + (vector[c] as number);
      const probabilities = softmax(scores);
      for (const vector of vectors) {
        for (let c = 0; c < classes.length; c++) {
          const gradient = (c === row.label ? 1 : 0) - (probabilities[c] as number);
          vector[c] = (vector[c] as number) * (1 - rate * training.l2) + rate * gradient;
        }
      }
    }
  }
  const pruned: Record<string, number[]> = {};
  for (const [feature, vector] of weights) {
    const pairs: number[] = [];
    vector.forEach((weight, c) => {
      if (Math.abs(weight) >= training.prune) pairs.push(c, Math.round(weight * 1000) / 1000);
    });
    if (pairs.length > 0) pruned[feature] = pairs;
  }
  const positives = examples.filter((example) => example.root !== NONE && classOf.has(example.root));
  // "say", "day", "make": a lemma that is seldom a trigger is not scored at all, which keeps the run-time cost to a few
  // tokens a sentence (it would rarely reach the threshold anyway).
  const seen = countBy(examples.map((example) => example.lemma));
  const triggered = countBy(positives.map((example) => example.lemma));
  const lemmas = [...triggered].filter(([lemma, count]) => count >= training.minLemmaTriggers && count / (seen.get(lemma) ?? 1) >= training.minLemmaRate).map(([lemma]) => lemma).sort();
  return { kind: 'trigger-model', classes, lemmas, codes: commonCodes(positives), weights: pruned, threshold: training.threshold };
}

/** Per `lemma|root`, the gold code most often given (ties: the smaller code), where it is not the root's own `r0`. */
function commonCodes(positives: readonly LabelledCandidate[]): Record<string, string> {
  const counts = countBy(positives.flatMap((example) => (example.code ? [`${example.lemma}|${example.root}|${example.code}`] : [])));
  const best = new Map<string, [string, number]>();
  for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [lemma, root, code] = key.split('|') as [string, string, string];
    const held = best.get(`${lemma}|${root}`);
    if (!held || count > held[1]) best.set(`${lemma}|${root}`, [code, count]);
  }
  const codes: Record<string, string> = {};
  for (const [key, [code]] of [...best].sort(([a], [b]) => (a < b ? -1 : 1))) if (code !== `${key.split('|')[1]}0`) codes[key] = code;
  return codes;
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
