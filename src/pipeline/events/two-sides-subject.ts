import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { ActorMention } from './find-actor-mentions.ts';

const COUNTS = new Set(['both', 'two']);
const SIDES = new Set(['side', 'sides', 'leader', 'leaders', 'country', 'countries', 'government', 'governments', 'president', 'presidents', 'minister', 'ministers', 'delegation', 'delegations', 'nation', 'nations']);
const REACH = 5;

/**
 * "Ruto held talks with Modi on Tuesday, and the two sides signed deals on trade", "Xi received Tokayev, and both leaders
 * agreed…": "the two sides" as a clause's subject are the two actors of the act before it in the sentence.
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
    if (SIDES.has(token.lemma) && COUNTS.has(tokens[index - 1]?.lemma ?? '') && index - 1 > end) return { members, first: index - 1, last: index };
    if (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'ADJ' && token.pos !== 'NUM') return undefined;
  }
  return undefined;
}

function isCodedApart(members: readonly ActorMention[]): boolean {
  const countries = members.map((member) => member.code?.slice(0, 3));
  return countries.every((code) => code !== undefined && /^[A-Z]{3}$/.test(code)) && new Set(countries).size === countries.length;
}
