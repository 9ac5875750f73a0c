import type { ActorMention } from './find-actor-mentions.ts';
import { STATE_SIDE_ROLES, isBareCountry, isStateCountry, roleOf } from './agent-roles.ts';

/**
 * A state's country, from its bare code or a state body's ("KEN", "KENGOV"), not a crowd's or an armed group's: the side
 * that answers for its country when it accuses its own opposition or replies to an act done to it.
 */
export function stateCountry(mention: ActorMention | undefined): string | undefined {
  const country = countryOf(mention);
  return country !== undefined && (isBareCountry(mention?.code) || STATE_SIDE_ROLES.has(roleOf(mention?.code))) ? country : undefined;
}

/** The country of an actor with one ("RUSMIL", "KEN"), not of an IGO or another group with none, nor of a countryless one. */
export function countryOf(mention: ActorMention | undefined): string | undefined {
  const country = mention?.code?.slice(0, 3);
  return isStateCountry(country) && mention?.isCountryless !== true ? country : undefined;
}
