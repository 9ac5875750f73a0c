import type { Token } from '../../model/token.ts';

// "was", "remains", "stood ready", "seemed", "is not", "had been": the verbs that predicate an adjective of their subject.
const COPULAS = new Set(['be', 'remain', 'stand', 'seem', 'appear', 'sound', 'feel', 'become']);
// What may stand between the copula and its adjective: "is quietly hopeful", "is not ready", "was \"hopeful\"".
const BETWEEN = new Set(['ADV', 'PART', 'PUNCT']);
const REACH = 3;
// "more optimistic than", "too optimistic", "less hopeful": a degree compares or judges; it states no stance.
const DEGREES = new Set(['more', 'less', 'most', 'least', 'too', 'as']);

/**
 * "Tehran was ready to return", "he remained hopeful that…": an adjective a copula predicates of the subject, the
 * clause's predicate as a verb would be; an adjective before a noun ("a ready supply", "hopeful signs") predicates nothing.
 */
export function isPredicateAdjective(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.pos !== 'ADJ') return false;
  for (let before = index - 1; before >= Math.max(0, index - REACH); before--) {
    const token = tokens[before];
    if (token === undefined || DEGREES.has(token.lemma)) return false;
    if (COPULAS.has(token.lemma) && (token.pos === 'AUX' || token.pos === 'VERB')) return true;
    if (!BETWEEN.has(token.pos) || token.text === ',') return false;
  }
  return false;
}
