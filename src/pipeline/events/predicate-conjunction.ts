import type { Token } from '../../model/token.ts';

const PREDICATE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * "closed the border and expelled the envoy", "agreed to a pause but had turned down a truce": the "and" or "but" that
 * joins the verb at `trigger` to the predicate before it (an auxiliary or adverb may stand between), if there is one.
 */
export function predicateConjunctionBefore(tokens: readonly Token[], trigger: number): number | undefined {
  let link = trigger - 1;
  while (link > trigger - 3 && (tokens[link]?.pos === 'ADV' || tokens[link]?.pos === 'AUX')) link--;
  return PREDICATE_CONJUNCTIONS.has(tokens[link]?.lemma ?? '') ? link : undefined;
}

/**
 * "agreed to talks but rejected a truce": a verb in a finite form after its conjunction ("rejected", "has refused")
 * heads a predicate of its own, so the modals and infinitives before the conjunction do not reach it; a base form
 * ("will meet and sign") still shares them.
 */
export function isOwnPredicate(tokens: readonly Token[], trigger: number, link: number): boolean {
  const head = tokens[link + 1];
  return head !== undefined && link + 1 <= trigger && head.text.toLowerCase() !== head.lemma && (head.pos === 'VERB' || head.pos === 'AUX');
}

/** "freed the prisoners and flew them to Spain": a second predicate, joined by "and" or "but", between `from` and `to`. */
export function hasPredicateBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 2; index < to; index++) if (tokens[index]?.pos === 'VERB' && predicateConjunctionBefore(tokens, index) !== undefined) return true;
  return false;
}
