import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { PROTESTING_ROLES, roleOf } from './agent-roles.ts';
import { HELD_BY } from './countryless-agents.ts';

/**
 * "Soldiers shoved back farmers marching on the ministry", "guards turned away nurses picketing the hospital", "police
 * beat opposition supporters rallying in the capital": a protest participle right after a crowd is that crowd's
 * act, though the crowd is the object of the verb before.
 */
export function protestingCrowd(tokens: readonly Token[], countryless: readonly ActorGroup[] | undefined, groups: readonly ActorGroup[], match: TriggerMatch, index: number): ActorGroup | undefined {
  if (!match.pattern.code.startsWith('14') || !tokens[index]?.text.endsWith('ing') || tokens[index - 1]?.pos === 'PUNCT') return undefined;
  // "opposition supporters marching": the mention is the group the people after it belong to.
  const last = HELD_BY.has(tokens[index - 1]?.text.toLowerCase() ?? '') ? index - 2 : index - 1;
  const crowd = groups.find((group) => group.last === last) ?? countryless?.find((group) => group.last === last);
  return crowd?.members.every((member) => PROTESTING_ROLES.has(roleOf(member.code))) === true ? crowd : undefined;
}
