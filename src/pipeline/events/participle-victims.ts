import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { countrylessAfter } from './find-agents.ts';
import type { TriggerMatch } from './find-trigger.ts';

// Roles whose unnamed members a participle's victims may still be: not "people" or "civilians" (PETRARCH leaves those to the place).
const BODY_ROLES = new Set(['COP', 'MIL', 'REB', 'GOV', 'LEG', 'JUD', 'EDU', 'REL', 'MED', 'OPP']);
const ARRESTED_ROLES = new Set([...BODY_ROLES, 'CVL']);
// "attacked a police station, killing six officers": officers may be police or soldiers, so no body is named.
const UNSURE_BODIES = new Set(['officers', 'officer']);

/**
 * "overran a district headquarters, killing 57 policemen": a participle's object naming a state body or a group by what it
 * is (police, soldiers, monks) is whom the act was done to; the country comes later from the place or the other side.
 */
export function countrylessBodyAfter(tokens: readonly Token[], countryless: readonly ActorGroup[] | undefined, match: TriggerMatch): ActorGroup | undefined {
  const group = countrylessAfter(tokens, countryless, match.preposition ?? match.lastWord);
  // "…, detaining more than 150 people": those arrested are whom the act was done to, whoever they are.
  const roles = match.pattern.code.startsWith('17') ? ARRESTED_ROLES : BODY_ROLES;
  return group?.members.every((member) => roles.has(member.code?.slice(3) ?? '') && !UNSURE_BODIES.has(member.name.toLowerCase())) ? group : undefined;
}
