import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { isEachOther } from './clause-shape.ts';
import type { ActorMention } from './find-actor-mentions.ts';

const SIDES = new Set(['side', 'sides', 'leader', 'leaders', 'country', 'countries', 'government', 'governments', 'president', 'presidents', 'minister', 'ministers', 'delegation', 'delegations', 'nation', 'nations']);
const REACH = 5;

/**
 * "Lula met Ramaphosa in Brasilia on Friday, and the two leaders pledged to expand trade", "Peru hosted Chile's foreign
 * minister, and both governments agreed…", "…, but each side blamed the other": "the two sides" as a clause's subject
 * are the two actors of the act before it in the sentence; "two ministers" with no article may be any two.
 */
export function twoSidesSubject(tokens: readonly Token[], trigger: number, sentenceStart: number, lastSubject: ActorGroup | undefined, lastTarget: ActorGroup | undefined): ActorGroup | undefined {
  if (!lastSubject) return undefined;
  // "Ghana and Togo held talks, and the two leaders agreed…": a compound subject is the pair itself.
  const members = lastTarget && lastTarget.first > lastSubject.last ? [...lastSubject.members, ...lastTarget.members] : lastSubject.members;
  if (members.length !== 2 || !isCodedApart(members)) return undefined;
  const end = Math.max(lastSubject.last, lastTarget?.last ?? -1);
  for (let index = trigger - 1; index >= Math.max(sentenceStart, trigger - REACH); index--) {
    const token = tokens[index] as Token;
    // The group stands where "the two sides" are written, so what is read between it and the verb is its own.
    const count = isPairCount(tokens, index - 1);
    if (SIDES.has(token.lemma) && count !== undefined && count > end) return { members, first: count, last: index };
    // "…, but each blamed the other for the delay": "each" alone as the subject is the pair too.
    if (token.lemma === 'each' && index > end && isEachOther(tokens, trigger + 1)) return { members, first: index, last: index };
    if (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'ADJ' && token.pos !== 'NUM') return undefined;
  }
  return undefined;
}

/** Where "both" or "the two" before `at` begins, or undefined. */
function isPairCount(tokens: readonly Token[], at: number): number | undefined {
  // "each side blamed the other": a distributive count names the pair as "both" does.
  if (tokens[at]?.lemma === 'both' || tokens[at]?.lemma === 'each') return at;
  return tokens[at]?.lemma === 'two' && tokens[at - 1]?.lemma === 'the' ? at - 1 : undefined;
}

function isCodedApart(members: readonly ActorMention[]): boolean {
  const countries = members.map((member) => member.code?.slice(0, 3));
  return countries.every((code) => code !== undefined && /^[A-Z]{3}$/.test(code)) && new Set(countries).size === countries.length;
}
