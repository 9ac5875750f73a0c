import type { Token } from '../../model/token.ts';

const PREDICATE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);

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
export function isFiniteAfterConjunction(tokens: readonly Token[], link: number): boolean {
  const head = tokens[link + 1];
  // "would restrict access … and restricting their hopes": an -ing form is no finite verb and keeps the modal before it.
  return head !== undefined && head.text.toLowerCase() !== head.lemma && !head.text.toLowerCase().endsWith('ing') && (head.pos === 'VERB' || head.pos === 'AUX');
}

/**
 * "had shelled and burned", "denied that its troops looted and burned": a past form right after another past form is the
 * same predicate's second verb, so a denial or doubt before the first still reaches it. With an object between ("denied
 * that it shelled the town and accused Kyiv"), or after a base form ("could seize the ship and detained its crew"), the
 * verb after the conjunction heads a predicate of its own.
 */
export function sharesEarlierVerbForm(tokens: readonly Token[], link: number): boolean {
  const earlier = tokens[link - 1];
  return tokens[link + 1]?.pos === 'VERB' && earlier?.pos === 'VERB' && earlier.text.toLowerCase() !== earlier.lemma;
}

/** "released the prisoners and bused them to the border": a second predicate, joined by "and" or "but", between `from` and `to`. */
export function hasPredicateBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 2; index < to; index++) if (tokens[index]?.pos === 'VERB' && predicateConjunctionBefore(tokens, index) !== undefined) return true;
  return false;
}
