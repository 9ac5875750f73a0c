import type { TriggerModel } from '../../knowledge/events/trigger-model.ts';
import type { Sentence, Token } from '../../model/token.ts';
import { addPairs, addTriggerWeightsAt, buildTriggerWeightTable, weightsOfKey, type TriggerWeightTable } from './trigger-weight-table.ts';

/** A trigger model ready for scoring: its lemmas in a set, its weights in a table read a few times per candidate token. */
export interface TriggerClassifier {
  readonly lemmas: ReadonlySet<string>;
  readonly classes: readonly string[];
  readonly codes: ReadonlyMap<string, string>;
  /** The weights by their keys' parts, for scoring a token without building its keys (`guessTriggerRootAt`). */
  readonly table: TriggerWeightTable;
  /**
   * The class scores of the token being scored: one array reused rather than one allocated per token (each a V8 heap
   * object the young-generation collector must sweep); safe as scoring is synchronous and never nested.
   */
  readonly scores: Float64Array;
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
    table: buildTriggerWeightTable(model.weights),
    scores: new Float64Array(model.classes.length),
    threshold,
  };
}

/**
 * The most probable root other than NONE by the softmax over the classes' summed feature weights, for features listed
 * as keys (tests and tools); the proposer scores a token through `guessTriggerRootAt`, which must give the same guess.
 */
export function guessTriggerRoot(classifier: TriggerClassifier, features: readonly string[]): TriggerGuess | undefined {
  const scores = new Float64Array(classifier.classes.length);
  for (const feature of features) addPairs(scores, weightsOfKey(classifier.table, feature));
  return bestGuess(classifier, scores);
}

/** `guessTriggerRoot` of the token's `triggerFeatures`, read through the weight table: the same guess, to the bit. */
export function guessTriggerRootAt(classifier: TriggerClassifier, tokens: readonly Token[], index: number, sentence: Sentence, inMention: ReadonlySet<number>, reportedFrom: number): TriggerGuess | undefined {
  const { scores } = classifier;
  scores.fill(0);
  addTriggerWeightsAt(classifier.table, scores, tokens, index, sentence, inMention, reportedFrom);
  return bestGuess(classifier, scores);
}

function bestGuess(classifier: TriggerClassifier, scores: Float64Array): TriggerGuess | undefined {
  let best = 0;
  for (let index = 1; index < scores.length; index++) if (best === 0 || (scores[index] as number) > (scores[best] as number)) best = index;
  const root = classifier.classes[best];
  return best === 0 || root === undefined ? undefined : { root, probability: softmaxAt(scores, best) };
}

/** `softmax(scores)[at]` by the same operations, without the array (the proposer's per-token probability; a test pins the two together). */
export function softmaxAt(scores: Float64Array, at: number): number {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  let total = 0;
  for (const score of scores) total += Math.exp(score - max);
  return Math.exp((scores[at] as number) - max) / total;
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
