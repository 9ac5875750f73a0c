import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { PROTESTING_ROLES, roleOf } from './agent-roles.ts';

/**
 * "Soldiers shoved back farmers marching on the ministry", "guards turned away nurses picketing the hospital": a protest
 * participle right after a crowd is that crowd's act, though the crowd is the object of the verb before.
 */
export function protestingCrowd(tokens: readonly Token[], countryless: readonly ActorGroup[] | undefined, groups: readonly ActorGroup[], match: TriggerMatch, index: number): ActorGroup | undefined {
  if (!match.pattern.code.startsWith('14') || !tokens[index]?.text.endsWith('ing') || tokens[index - 1]?.pos === 'PUNCT') return undefined;
  const crowd = groups.find((group) => group.last === index - 1) ?? countryless?.find((group) => group.last === index - 1);
  return crowd?.members.every((member) => PROTESTING_ROLES.has(roleOf(member.code))) === true ? crowd : undefined;
}
