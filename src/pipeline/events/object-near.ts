import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';

const OBJECT_GAP = 8;
const CLAUSE_ENDS = new Set([';', ':', '.', ',', '"', '“', '”']);

/** An actor within a few words after the trigger, in its clause: a subject found far back is worth taking only for an act aimed at someone. */
export function hasObjectNear(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number): boolean {
  const object = groups.find((group) => group.first > trigger);
  if (!object || object.first - trigger > OBJECT_GAP) return false;
  for (let index = trigger + 1; index < object.first; index++) if (CLAUSE_ENDS.has(tokens[index]?.text ?? '')) return false;
  return true;
}
