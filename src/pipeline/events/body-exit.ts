import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { IRREGULAR_ROLES } from './agent-roles.ts';

/** Armed sides withdraw from places and lines; a state or party leaving a body cuts its ties instead. */
const ARMED_ROLES: ReadonlySet<string> = new Set([...IRREGULAR_ROLES, 'MIL']);

/**
 * "Mali withdrew from ECOWAS", "Burkina Faso announced its withdrawal from the regional bloc named ECOWAS": leaving an
 * international body reduces relations with it (160), where withdrawing from a town or front line is a retreat (0874).
 */
export function bodyExitCode(match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  if (match.pattern.code !== '0874' || !match.pattern.isBuiltin || !source || !target) return undefined;
  const isBody = target.members.every((member) => member.code?.startsWith('IGO') === true);
  const isArmed = source.members.some((member) => ARMED_ROLES.has(member.code?.slice(3, 6) ?? ''));
  return isBody && !isArmed ? '160' : undefined;
}
