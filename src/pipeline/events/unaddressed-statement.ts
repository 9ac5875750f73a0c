import type { ActorGroup } from './actor-groups.ts';

/** Declining to comment is said to no one; what it is about ("on reports that Russian troops…") is no target. */
const SAID_TO_NO_ONE = new Set(['011']);
/** An appeal for aid with no one asked ("appealed for international help to rebuild Beirut") is made to no one named. */
const ASKED_OF_ANYONE = new Set(['023']);

/**
 * Statements coded with PETRARCH's `---` target: a declined comment always, an appeal for aid when no actor is asked or
 * only the appealing state's own place is named. Outside coders of wire text code both so.
 */
export function isUnaddressed(code: string, source: ActorGroup | undefined, target: ActorGroup | undefined): boolean {
  // "A spokesman declined to comment" (`---GOV`): with no country known, a `---` on both sides says nothing.
  if (!source?.members.every((member) => member.code !== undefined && !member.code.startsWith('---') && member.isSpeakerPronoun !== true)) return false;
  if (SAID_TO_NO_ONE.has(code)) return true;
  if (!ASKED_OF_ANYONE.has(code)) return false;
  const country = source.members[0]?.code?.slice(0, 3);
  return !target || target.members.every((member) => member.code === country);
}
