import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { actorMention } from './actor-mention.ts';

// Targets a pattern's preposition leads to when the actor right after it is missing: inside a composed name, or later on.

/** "withdraw troops from Syria" composed "troops from Syria" into one actor around the pattern's preposition: the country is the target. */
export function countryAcross(groups: readonly ActorGroup[], preposition: number): ActorGroup | undefined {
  const group = groups.find((candidate) => candidate.first < preposition && preposition < candidate.last);
  const member = group?.members.find((candidate) => candidate.first < preposition && preposition < candidate.last && candidate.country);
  return member?.country ? { members: [actorMention({ ...member, first: preposition + 1, code: member.country, name: member.country })], first: preposition + 1, last: member.last } : undefined;
}

/** "bans on travel to Norway against three generals": when the first preposition leads to no actor, a later one of the pattern's may. */
export function laterPrepositionObject(tokens: readonly Token[], groups: readonly ActorGroup[], preposition: number, prepositions: readonly string[]): ActorGroup | undefined {
  for (let index = preposition + 1; index <= preposition + 10; index++) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') return undefined;
    if (prepositions.includes(token.lemma)) {
      const group = groupAfter(tokens, groups, index, 5);
      if (group) return group;
    }
  }
  return undefined;
}

const PLACE_NOUNS = new Set(['region', 'province', 'town', 'city', 'village', 'district', 'area', 'outskirts', 'enclave', 'territory', 'state', 'part', 'border', 'street']);

/** "pushed into the Kurdish-held Afrin region of northern Syria": the country a place noun after the preposition belongs to. */
export function countryOfPlaceNoun(tokens: readonly Token[], groups: readonly ActorGroup[], preposition: number): ActorGroup | undefined {
  for (let index = preposition + 1; index <= preposition + 8; index++) {
    const token = tokens[index];
    // "the Kurdish-held Afrin region": a hyphenated participle stays inside the noun phrase.
    const isHyphenated = token?.text === '-' || tokens[index - 1]?.text === '-';
    if (!token || ((token.pos === 'PUNCT' || token.pos === 'VERB') && !isHyphenated)) return undefined;
    if (token.lemma === 'of' && PLACE_NOUNS.has(tokens[index - 1]?.lemma ?? '')) return groupAfter(tokens, groups, index, 3);
  }
  return undefined;
}
