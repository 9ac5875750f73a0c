import type { Token } from '../../model/token.ts';
import { withCountry, type ActorGroup } from './actor-groups.ts';
import { STATE_SIDE_ROLES } from './agent-roles.ts';

const MODIFIERS = new Set(['DET', 'ADJ']);

/**
 * "attacked a police checkpoint in Kunduz province", "an army post in northern Mali": police or troops named with no
 * country belong to the state where they are, so the place after "in" gives them its country.
 */
export function stateRoleAtPlace(tokens: readonly Token[], groups: readonly ActorGroup[], target: ActorGroup): ActorGroup | undefined {
  const member = target.members[0];
  const role = member?.code?.startsWith('---') ? member.code.slice(3) : '';
  if (!member || target.members.length !== 1 || !member.isCountryless || !STATE_SIDE_ROLES.has(role)) return undefined;
  // The noun the role word modifies ("checkpoint", "post") may stand between it and the place.
  const next = tokens[target.last + 1]?.pos === 'NOUN' ? target.last + 2 : target.last + 1;
  if (tokens[next]?.lemma !== 'in') return undefined;
  let first = next + 1;
  while (MODIFIERS.has(tokens[first]?.pos ?? '')) first++;
  const place = groups.find((group) => group.first === first)?.members[0];
  const country = place?.code !== undefined && !place.code.startsWith('---') ? place.code.slice(0, 3) : undefined;
  return country ? withCountry(target, country) : undefined;
}
