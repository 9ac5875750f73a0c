import type { TriggerModel } from '../../knowledge/events/trigger-model.ts';

/** A trigger model ready for scoring: its lemmas and weights in maps, looked up a few times per candidate token. */
export interface TriggerClassifier {
  readonly lemmas: ReadonlySet<string>;
  readonly classes: readonly string[];
  readonly codes: ReadonlyMap<string, string>;
  readonly weights: ReadonlyMap<string, readonly number[]>;
  readonly threshold: number;
}

/** The most probable root at a token other than NONE, with its probability. */
export interface TriggerGuess {
  readonly root: string;
  readonly probability: number;
}

/** Builds the look-up maps once, when the analyzer is built. */
export function compileTriggerModel(model: TriggerModel, threshold = model.threshold): TriggerClassifier {
  return {
    lemmas: new Set(model.lemmas),
    classes: model.classes,
    codes: new Map(Object.entries(model.codes)),
    weights: new Map(Object.entries(model.weights)),
    threshold,
  };
}

/** The most probable root other than NONE by the softmax over the classes' summed feature weights. */
export function guessTriggerRoot(classifier: TriggerClassifier, features: readonly string[]): TriggerGuess | undefined {
  const scores = new Float64Array(classifier.classes.length);
  for (const feature of features) {
    const pairs = classifier.weights.get(feature);
    if (!pairs) continue;
    for (let at = 0; at < pairs.length; at += 2) {
      const index = pairs[at] as number;
      scores[index] = (scores[index] as number) + (pairs[at + 1] as number);
    }
  }
  let best = 0;
  for (let index = 1; index < scores.length; index++) if (best === 0 || (scores[index] as number) > (scores[best] as number)) best = index;
  const probability = softmax(scores)[best] as number;
  const root = classifier.classes[best];
  return best === 0 || root === undefined ? undefined : { root, probability };
}

/** Class scores as probabilities (shifted by the largest, so no exponent overflows); training fits with the same one. */
export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  const out = new Float64Array(scores.length);
  let total = 0;
  scores.forEach((score, c) => (total += out[c] = Math.exp(score - max)));
  for (let c = 0; c < out.length; c++) out[c] = (out[c] as number) / total;
  return out;
}

/** The CAMEO code a proposal gets: the one training gave this lemma for the root most often, else the root's own. */
export function proposedCode(classifier: TriggerClassifier, lemma: string, root: string): string {
  return classifier.codes.get(`${lemma}|${root}`) ?? `${root}0`;
}
