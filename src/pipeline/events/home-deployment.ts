import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { isBareCountry } from './agent-roles.ts';

/**
 * "Colombia's president sent 3,000 soldiers into the province of Cauca", "Ruritania deployed troops in its capital": forces a
 * state sends within its own country are no military aid given (072) but forces deployed at home (154), as outside coders
 * code them. Only a place is aimed at (a bare country code): troops sent to help flood victims are left as they are.
 */
export function homeDeploymentCode(match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  if (!match.pattern.isBuiltin || match.pattern.code !== '072' || source?.members.length !== 1 || target?.members.length !== 1) return undefined;
  const from = source.members[0]?.code;
  const to = target.members[0]?.code;
  return from !== undefined && isBareCountry(to) && /^[A-Z]{3}/.test(from) && from.slice(0, 3) === to ? '154' : undefined;
}
