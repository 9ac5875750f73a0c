import type { Sentence, Token } from '../../model/token.ts';
import { MODAL_VERBS } from './modal-verbs.ts';
import { actorSides, endingOf, hasWordBefore, NEGATIONS, tokenAt } from './trigger-features.ts';

/** One feature's weights: flat pairs of class index and weight. */
type Pairs = readonly number[];

/**
 * The weights of the features whose keys hold a lemma (`wp=attack|VERB`), by the part after it; a map only where the
 * lemma has weights (a third of them would be empty). Every field is set from the start, so all share one V8 shape.
 */
interface LemmaWeights {
  word: Pairs | undefined;
  negated: Pairs | undefined;
  byTag: Map<string, Pairs> | undefined;
  withPrevious: Map<string, Pairs> | undefined;
  withNext: Map<string, Pairs> | undefined;
  withSecondNext: Map<string, Pairs> | undefined;
  byEnding: Map<string, Pairs> | undefined;
  bySides: Map<string, Pairs> | undefined;
}

const noLemmaWeights = (): LemmaWeights => ({ word: undefined, negated: undefined, byTag: undefined, withPrevious: undefined, withNext: undefined, withSecondNext: undefined, byEnding: undefined, bySides: undefined });

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
  /** Keys of no template above with a value (`bias`, `neg`…), by the whole key. */
  readonly others: ReadonlyMap<string, Pairs>;
}

type LemmaMap = Exclude<keyof LemmaWeights, 'word' | 'negated'>;
type SharedMap = 'tagBefore' | 'tagAfter' | 'wordBefore' | 'wordAfter' | 'sides';
// Which part of the table holds a template's weights: a lemma's own map, or one map for all tokens.
const LEMMA_TEMPLATES = new Map<string, LemmaMap>([['wp', 'byTag'], ['ww-1', 'withPrevious'], ['ww+1', 'withNext'], ['ww+2', 'withSecondNext'], ['wing', 'byEnding'], ['wsides', 'bySides']]);
const SHARED_TEMPLATES = new Map<string, SharedMap>([['p-1', 'tagBefore'], ['p+1', 'tagAfter'], ['w-1', 'wordBefore'], ['w+1', 'wordAfter'], ['sides', 'sides']]);

/**
 * Sorts the weights by the parts of their keys (`template`, `template=value`, `template=lemma|value`). A key whose rest
 * holds several bars is entered at each split, so a look-up by parts finds a key exactly when joining them spells it.
 * It replaces the map of keys (for the committed model ~1.9 MB of heap, against 0.85 MB for the map).
 */
export function buildTriggerWeightTable(weights: Readonly<Record<string, Pairs>>): TriggerWeightTable {
  const byLemma = new Map<string, LemmaWeights>();
  const lemmaWeights = (lemma: string): LemmaWeights => {
    let found = byLemma.get(lemma);
    if (!found) byLemma.set(lemma, (found = noLemmaWeights()));
    return found;
  };
  const shared: Record<SharedMap, Map<string, Pairs>> = { tagBefore: new Map(), tagAfter: new Map(), wordBefore: new Map(), wordAfter: new Map(), sides: new Map() };
  const others = new Map<string, Pairs>();
  for (const [key, pairs] of Object.entries(weights)) {
    const equals = key.indexOf('=');
    const template = key.slice(0, Math.max(equals, 0));
    const rest = key.slice(equals + 1);
    const sharedMap = SHARED_TEMPLATES.get(template);
    const lemmaMap = LEMMA_TEMPLATES.get(template);
    if (equals < 0) others.set(key, pairs);
    else if (template === 'w') lemmaWeights(rest).word = pairs;
    else if (template === 'wneg') lemmaWeights(rest).negated = pairs;
    else if (sharedMap) shared[sharedMap].set(rest, pairs);
    else if (lemmaMap && rest.includes('|')) {
      for (let bar = rest.indexOf('|'); bar >= 0; bar = rest.indexOf('|', bar + 1)) (lemmaWeights(rest.slice(0, bar))[lemmaMap] ??= new Map()).set(rest.slice(bar + 1), pairs);
    }
    else others.set(key, pairs);
  }
  return { byLemma, ...shared, negated: others.get('neg'), modal: others.get('modal'), reported: others.get('reported'), bias: others.get('bias'), others };
}

/** The weights of one feature key, as a map of the keys would give them: for scoring features listed as keys. */
export function weightsOfKey(table: TriggerWeightTable, key: string): Pairs | undefined {
  const equals = key.indexOf('=');
  if (equals < 0) return table.others.get(key);
  const template = key.slice(0, equals);
  const rest = key.slice(equals + 1);
  if (template === 'w') return table.byLemma.get(rest)?.word;
  if (template === 'wneg') return table.byLemma.get(rest)?.negated;
  const sharedMap = SHARED_TEMPLATES.get(template);
  if (sharedMap) return table[sharedMap].get(rest);
  const lemmaMap = LEMMA_TEMPLATES.get(template);
  // Every split of the rest at a bar was entered: the first finds the key if any does.
  const bar = rest.indexOf('|');
  return lemmaMap && bar >= 0 ? table.byLemma.get(rest.slice(0, bar))?.[lemmaMap]?.get(rest.slice(bar + 1)) : table.others.get(key);
}

const NO_LEMMA_WEIGHTS = noLemmaWeights();

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
  addPairs(scores, own.byTag?.get(token.pos));
  addPairs(scores, table.tagBefore.get(previous?.pos ?? '^'));
  addPairs(scores, table.tagAfter.get(next?.pos ?? '$'));
  addPairs(scores, table.wordBefore.get(previousLemma));
  addPairs(scores, table.wordAfter.get(nextLemma));
  addPairs(scores, own.withPrevious?.get(previousLemma));
  addPairs(scores, own.withNext?.get(nextLemma));
  addPairs(scores, own.withSecondNext?.get(tokenAt(tokens, sentence, index + 2)?.lemma ?? '$'));
  addPairs(scores, own.byEnding?.get(endingOf(token)));
  if (hasWordBefore(tokens, sentence, index, NEGATIONS)) {
    addPairs(scores, table.negated);
    addPairs(scores, own.negated);
  }
  if (hasWordBefore(tokens, sentence, index, MODAL_VERBS)) addPairs(scores, table.modal);
  const sides = actorSides(tokens, index, sentence, inMention);
  addPairs(scores, table.sides.get(sides));
  addPairs(scores, own.bySides?.get(sides));
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
