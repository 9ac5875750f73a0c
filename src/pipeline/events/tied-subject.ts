import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import { isStateCountry } from './agent-roles.ts';

const TIED = new Set(['link', 'linked', 'loyal', 'allied', 'affiliated', 'tied']);
const TIE_LINKS = new Set(['to', 'with']);

/**
 * "Militiamen loyal to the Sudanese army raided…", "cells linked to the Allied Democratic Forces attacked…": the subject found
 * is what the group is tied to, but the group before the tie acted. A tied group with no country of its own takes the
 * country of what it is tied to ("militiamen allied with Sudan's army" → SDN); one tied to a movement of no country is
 * left for the sentence's places to settle.
 */
export function tiedSubject(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, subject: ActorGroup | undefined, trigger: number): ActorGroup | undefined {
  if (!subject || subject.last >= trigger) return undefined;
  // "linked to the Allied Democratic Forces": an article may open the name tied to.
  const link = tokens[subject.first]?.pos !== 'DET' && tokens[subject.first - 1]?.pos === 'DET' ? subject.first - 2 : subject.first - 1;
  const tie = tokens[link - 1];
  if (!(TIED.has(tie?.lemma ?? '') || TIED.has(tie?.text.toLowerCase() ?? '')) || !TIE_LINKS.has(tokens[link]?.lemma ?? '')) return undefined;
  let last = link - 2;
  if (tokens[last]?.pos === 'ADV') last--;
  const tied = groups.find((group) => group.last === last) ?? countryless?.find((group) => group.last === last);
  const country = subject.members.length === 1 ? subject.members[0]?.code?.slice(0, 3) : undefined;
  if (!tied || !isStateCountry(country)) return tied;
  const members = tied.members.map((member) => (member.isCountryless && member.code?.startsWith('---') ? actorMention({ ...member, code: country + member.code.slice(3), country, isCountryless: false }) : member));
  return { ...tied, members };
}
