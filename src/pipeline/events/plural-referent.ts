import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';

const COUNTS = new Set(['both', 'two', 'three', 'four', 'all']);
const SIDES = new Set(['side', 'sides', 'country', 'countries', 'nation', 'nations', 'party', 'parties', 'government', 'governments', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'state', 'states', 'leader', 'leaders']);
const REACH = 5;

/**
 * "urging both sides to compromise", "recalled its envoys from the three countries", "threatened to hold up their applications":
 * a plural standing for actors named together earlier in the sentence is that compound, the last one before the trigger
 * that is not its subject.
 */
export function pluralReferent(tokens: readonly Token[], groups: readonly ActorGroup[], subject: ActorGroup | undefined, trigger: number, from: number): ActorGroup | undefined {
  for (let index = from + 1; index <= from + REACH; index++) {
    const token = tokens[index];
    if (!token || token.text === ',' || token.text === ';' || token.pos === 'SCONJ') return undefined;
    const isCounted = COUNTS.has(token.lemma) && SIDES.has(tokens[index + 1]?.text.toLowerCase() ?? '');
    // "pledging to end their rift" with no subject found may be the subject's own: only a known other side's.
    const isTheirs = subject !== undefined && token.lemma === 'their' && tokens[index + 1]?.pos === 'NOUN';
    if (!isCounted && !isTheirs) continue;
    const codes = new Set(subject?.members.map((member) => member.code?.slice(0, 3)));
    return groups.findLast((group) => group.last < trigger && group !== subject && group.members.length >= 2 && isJoinedByAnd(tokens, group) && group.members.every((member) => member.code !== undefined && !codes.has(member.code.slice(0, 3))));
  }
  return undefined;
}

/** "Chile, Peru and Bolivia", "Russian and Ukrainian negotiators": a compound, not a place and a title set side by side. */
function isJoinedByAnd(tokens: readonly Token[], group: ActorGroup): boolean {
  for (let index = group.first; index <= group.last; index++) if (tokens[index]?.lemma === 'and') return true;
  return false;
}
