import type { Token } from '../../model/token.ts';

const PREDICATE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);
/** How far back from the conjunction the verb of the predicate before it is looked for. */
const EARLIER_VERB_REACH = 10;

/**
 * "closed the border and expelled the envoy", "agreed to a tariff cut but had turned down a trade pact": the "and" or "but" that
 * joins the verb at `trigger` to the predicate before it (an auxiliary or adverb may stand between), if there is one.
 */
export function predicateConjunctionBefore(tokens: readonly Token[], trigger: number): number | undefined {
  let link = trigger - 1;
  while (link > trigger - 3 && (tokens[link]?.pos === 'ADV' || tokens[link]?.pos === 'AUX')) link--;
  return PREDICATE_CONJUNCTIONS.has(tokens[link]?.lemma ?? '') ? link : undefined;
}

/**
 * "agreed to talks but rejected a trade pact": a verb in a finite form after its conjunction ("rejected", "has refused")
 * heads a predicate of its own, so the modals and infinitives before the conjunction do not reach it; a base form
 * ("will meet and sign") still shares them.
 */
export function isOwnPredicate(tokens: readonly Token[], trigger: number, link: number): boolean {
  const head = tokens[link + 1];
  return head !== undefined && link + 1 <= trigger && head.text.toLowerCase() !== head.lemma && (head.pos === 'VERB' || head.pos === 'AUX');
}

/**
 * "had shelled and burned", "denied that its troops looted and burned": a past form joined to a past form before it is
 * the same predicate's second verb, so a denial or doubt before the first still reaches it; "could seize the ship and
 * detained its crew" or "did not cross but fired" join a finite verb to a base form, a predicate of its own.
 */
export function sharesEarlierVerbForm(tokens: readonly Token[], link: number): boolean {
  if (tokens[link + 1]?.pos !== 'VERB') return false;
  for (let index = link - 1; index >= Math.max(0, link - EARLIER_VERB_REACH); index--) {
    const token = tokens[index];
    if (token?.pos === 'VERB') return token.text.toLowerCase() !== token.lemma;
  }
  return false;
}

/** "released the prisoners and bused them to the border": a second predicate, joined by "and" or "but", between `from` and `to`. */
export function hasPredicateBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 2; index < to; index++) if (tokens[index]?.pos === 'VERB' && predicateConjunctionBefore(tokens, index) !== undefined) return true;
  return false;
}
