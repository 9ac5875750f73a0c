import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { NO_STATE_PREFIXES } from './agent-roles.ts';

/** Nouns for the people who stand by a political figure. */
const FOLLOWER_NOUNS = new Set(['supporters', 'followers', 'loyalists']);
/** "his supporters": a singular possessive points at one person; "their" may be a party, a club or a crowd. */
const PERSON_POSSESSIVES = new Set(['his', 'her']);

/**
 * "Police arrested the former prime minister, and his supporters blocked roads": the followers of a person the sentence
 * has just named with a country are people of that country (civilians, `CVL`: the country is what the golds agree on).
 */
export function withFollowersOfPersons(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  const first = mentions[0]?.first;
  const last = mentions[mentions.length - 1]?.last;
  if (first === undefined || last === undefined) return [...mentions];
  let result: ActorMention[] | undefined;
  for (let at = first + 2; at <= last + 12 && at < tokens.length; at++) {
    const token = tokens[at];
    if (!token || token.text === '.') break;
    if (!FOLLOWER_NOUNS.has(token.text.toLowerCase()) || !PERSON_POSSESSIVES.has(tokens[at - 1]?.text.toLowerCase() ?? '')) continue;
    // The person named last before the possessive: "detained the former premier at his home in Lahore, … his supporters".
    const person = mentions.findLast((mention) => mention.last < at - 1 && mention.isPerson === true);
    const country = person?.code?.slice(0, 3);
    if (!country || !/^[A-Z]{3}$/.test(country) || NO_STATE_PREFIXES.has(country) || mentions.some((mention) => mention.first <= at && mention.last >= at - 1)) continue;
    result ??= [...mentions];
    result.push(actorMention({ first: at - 1, last: at, code: `${country}CVL`, name: `${tokens[at - 1]?.text ?? ''} ${token.text}`, country }));
  }
  return result ? result.sort((a, b) => a.first - b.first) : [...mentions];
}
