import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { isBareCountry } from './agent-roles.ts';
import { objectHead } from './object-head.ts';

// Where forces are sent to stand guard rather than to fight or to help: a state's edge.
export const EDGES: ReadonlySet<string> = new Set(['border', 'frontier', 'boundary']);

/**
 * "Ruritania sent extra soldiers and armoured cars to the Borduvian border": forces sent to a border stand guard there,
 * a show of force coded as a mobilisation (154), not military aid to the neighbour (072), whatever the list of what was
 * sent before the destination.
 */
function isSentToEdge(tokens: readonly Token[], match: TriggerMatch): boolean {
  const to = match.preposition;
  return to !== undefined && tokens[to]?.lemma === 'to' && EDGES.has(objectHead(tokens, to) ?? '');
}

/**
 * "Colombia's president sent 3,000 soldiers into the province of Cauca", "Ruritania deployed troops in its capital": forces a
 * state sends within its own country are no military aid given (072) but forces deployed at home (154), as outside coders
 * code them. Only a place is aimed at (a bare country code): troops sent to help flood victims are left as they are.
 * Forces sent to a border are a mobilisation whatever the target (`isSentToEdge`).
 */
export function homeDeploymentCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  if (!match.pattern.isBuiltin || match.pattern.code !== '072') return undefined;
  if (isSentToEdge(tokens, match)) return '154';
  if (source?.members.length !== 1 || target?.members.length !== 1) return undefined;
  const from = source.members[0]?.code;
  const to = target.members[0]?.code;
  return from !== undefined && isBareCountry(to) && /^[A-Z]{3}/.test(from) && from.slice(0, 3) === to ? '154' : undefined;
}
