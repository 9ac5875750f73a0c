import type { ActorGroup } from './actor-groups.ts';

/** Declining to comment is said to no one; what it is about ("on reports that Russian troops…") is no target. */
const SAID_TO_NO_ONE = new Set(['011']);
/** An appeal for aid with no one asked ("appealed for foreign aid to rebuild Mosul") is made to no one named. */
const ASKED_OF_ANYONE = new Set(['023']);

/**
 * Shows of force and claims aimed at no one named ("conducted a nuclear test", "fired two missiles into the sea",
 * "acknowledged responsibility for the strike"): outside coders write `---` as the target.
 */
const SHOWN_TO_NO_ONE = new Set(['015', '150']);
/** A call-up ("ordered a general mobilisation") is aimed at no one; troops sent to a border are aimed at the neighbour. */
const CALL_UP = /mobili[sz]ation/;

/**
 * Statements coded with PETRARCH's `---` target: a declined comment always, an appeal for aid when no actor is asked or
 * only the appealing state's own place is named. Outside coders of wire text code both so.
 */
export function isUnaddressed(code: string, source: ActorGroup | undefined, target: ActorGroup | undefined, phrase = ''): boolean {
  // "A spokesman declined to comment" (`---GOV`): with no country known, a `---` on both sides says nothing.
  if (!source?.members.every((member) => member.code !== undefined && !member.code.startsWith('---') && member.isSpeakerPronoun !== true)) return false;
  if (SAID_TO_NO_ONE.has(code)) return true;
  if (SHOWN_TO_NO_ONE.has(code.slice(0, 3)) || (code === '154' && CALL_UP.test(phrase))) return !target;
  if (!ASKED_OF_ANYONE.has(code)) return false;
  const country = source.members[0]?.code?.slice(0, 3);
  return !target || target.members.every((member) => member.code === country);
}
