import type { Sentence, Token } from '../../model/token.ts';
import { actorSides, endingOf, hasWordBefore, MODALS, NEGATIONS, tokenAt } from './trigger-features.ts';

/** One feature's weights: flat pairs of class index and weight. */
type Pairs = readonly number[];

/** The weights of the features whose keys hold a lemma (`wp=attack|VERB`), by the part after it. */
interface LemmaWeights {
  word?: Pairs;
  negated?: Pairs;
  readonly byTag: Map<string, Pairs>;
  readonly withPrevious: Map<string, Pairs>;
  readonly withNext: Map<string, Pairs>;
  readonly withSecondNext: Map<string, Pairs>;
  readonly byEnding: Map<string, Pairs>;
  readonly bySides: Map<string, Pairs>;
}

/**
 * The trigger model's weights by the parts of their keys: a token's lemma is looked up once and each feature by its
 * value, where `triggerFeatures` builds a new string per feature that each look-up must hash (most of the scoring's time).
 */
export interface TriggerWeightTable {
  readonly byLemma: ReadonlyMap<string, LemmaWeights>;
  readonly tagBefore: ReadonlyMap<string, Pairs>;
  readonly tagAfter: ReadonlyMap<string, Pairs>;
  readonly wordBefore: ReadonlyMap<string, Pairs>;
  readonly wordAfter: ReadonlyMap<string, Pairs>;
  readonly sides: ReadonlyMap<string, Pairs>;
  readonly negated: Pairs | undefined;
  readonly modal: Pairs | undefined;
  readonly reported: Pairs | undefined;
  readonly bias: Pairs | undefined;
}

type LemmaTemplate = 'wp' | 'ww-1' | 'ww+1' | 'ww+2' | 'wing' | 'wsides';
const LEMMA_TEMPLATES: Record<LemmaTemplate, Exclude<keyof LemmaWeights, 'word' | 'negated'>> = { wp: 'byTag', 'ww-1': 'withPrevious', 'ww+1': 'withNext', 'ww+2': 'withSecondNext', wing: 'byEnding', wsides: 'bySides' };

/**
 * Sorts the weights by the parts of their keys (`template`, `template=value`, `template=lemma|value`). A key whose rest
 * holds several bars is entered at each split, so a look-up by parts finds a key exactly when joining them spells it.
 */
export function tableTriggerWeights(weights: ReadonlyMap<string, Pairs>): TriggerWeightTable {
  const byLemma = new Map<string, LemmaWeights>();
  const lemmaWeights = (lemma: string): LemmaWeights => {
    let found = byLemma.get(lemma);
    if (!found) byLemma.set(lemma, (found = { byTag: new Map(), withPrevious: new Map(), withNext: new Map(), withSecondNext: new Map(), byEnding: new Map(), bySides: new Map() }));
    return found;
  };
  const shared = { 'p-1': new Map<string, Pairs>(), 'p+1': new Map<string, Pairs>(), 'w-1': new Map<string, Pairs>(), 'w+1': new Map<string, Pairs>(), sides: new Map<string, Pairs>() };
  for (const [key, pairs] of weights) {
    const equals = key.indexOf('=');
    const template = equals < 0 ? key : key.slice(0, equals);
    const rest = key.slice(equals + 1);
    if (equals < 0) continue;
    if (template === 'w') lemmaWeights(rest).word = pairs;
    else if (template === 'wneg') lemmaWeights(rest).negated = pairs;
    else if (Object.hasOwn(shared, template)) shared[template as keyof typeof shared].set(rest, pairs);
    else if (Object.hasOwn(LEMMA_TEMPLATES, template)) {
      const field = LEMMA_TEMPLATES[template as LemmaTemplate];
      for (let bar = rest.indexOf('|'); bar >= 0; bar = rest.indexOf('|', bar + 1)) lemmaWeights(rest.slice(0, bar))[field].set(rest.slice(bar + 1), pairs);
    }
  }
  return { byLemma, tagBefore: shared['p-1'], tagAfter: shared['p+1'], wordBefore: shared['w-1'], wordAfter: shared['w+1'], sides: shared.sides, negated: weights.get('neg'), modal: weights.get('modal'), reported: weights.get('reported'), bias: weights.get('bias') };
}

const NO_LEMMA_WEIGHTS: LemmaWeights = { byTag: new Map(), withPrevious: new Map(), withNext: new Map(), withSecondNext: new Map(), byEnding: new Map(), bySides: new Map() };

/**
 * Adds the weights of the token's features to `scores`: the features of `triggerFeatures`, in its order, so each class
 * sums the same numbers in the same order as the keys' weights would (the same sums to the bit).
 */
export function addTriggerWeightsAt(table: TriggerWeightTable, scores: Float64Array, tokens: readonly Token[], index: number, sentence: Sentence, inMention: ReadonlySet<number>, reportedFrom: number): void {
  const token = tokens[index] as Token;
  const own = table.byLemma.get(token.lemma) ?? NO_LEMMA_WEIGHTS;
  const previous = tokenAt(tokens, sentence, index - 1);
  const next = tokenAt(tokens, sentence, index + 1);
  const previousLemma = previous?.lemma ?? '^';
  const nextLemma = next?.lemma ?? '$';
  addPairs(scores, own.word);
  addPairs(scores, own.byTag.get(token.pos));
  addPairs(scores, table.tagBefore.get(previous?.pos ?? '^'));
  addPairs(scores, table.tagAfter.get(next?.pos ?? '$'));
  addPairs(scores, table.wordBefore.get(previousLemma));
  addPairs(scores, table.wordAfter.get(nextLemma));
  addPairs(scores, own.withPrevious.get(previousLemma));
  addPairs(scores, own.withNext.get(nextLemma));
  addPairs(scores, own.withSecondNext.get(tokenAt(tokens, sentence, index + 2)?.lemma ?? '$'));
  addPairs(scores, own.byEnding.get(endingOf(token)));
  if (hasWordBefore(tokens, sentence, index, NEGATIONS)) {
    addPairs(scores, table.negated);
    addPairs(scores, own.negated);
  }
  if (hasWordBefore(tokens, sentence, index, MODALS)) addPairs(scores, table.modal);
  const sides = actorSides(tokens, index, sentence, inMention);
  addPairs(scores, table.sides.get(sides));
  addPairs(scores, own.bySides.get(sides));
  if (reportedFrom < index) addPairs(scores, table.reported);
  addPairs(scores, table.bias);
}

/** Adds one feature's weights, pair by pair in their order. */
export function addPairs(scores: Float64Array, pairs: Pairs | undefined): void {
  if (!pairs) return;
  for (let at = 0; at < pairs.length; at += 2) {
    const index = pairs[at] as number;
    scores[index] = (scores[index] as number) + (pairs[at + 1] as number);
  }
}
