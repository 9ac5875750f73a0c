import type { ActorMention } from './find-actor-mentions.ts';
import { NO_STATE_PREFIXES, STATE_SIDE_ROLES } from './agent-roles.ts';

/**
 * A state's country, from its bare code or a state body's ("KEN", "KENGOV"), not a crowd's or an armed group's: the side
 * that answers for its country when it accuses its own opposition or replies to an act done to it.
 */
export function stateCountry(mention: ActorMention | undefined): string | undefined {
  const code = mention?.code;
  if (!code || mention?.isCountryless === true || !/^[A-Z]{3}/.test(code) || NO_STATE_PREFIXES.has(code.slice(0, 3))) return undefined;
  return code.length === 3 || STATE_SIDE_ROLES.has(code.slice(3, 6)) ? code.slice(0, 3) : undefined;
}
