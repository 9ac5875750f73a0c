/** Whether an event noun after a coded verb names its own doer, so that it is an event of its own and not the verb's act restated. */

import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { attackNounOwner, byAgent, isAttackNoun, possessiveOwner } from './find-agents.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { betweenPair } from './between-pair.ts';
import { responseVerbOf } from './force-agents.ts';

// "vowed to punish any Ruritanian strike on…", "condemned a possible Ruritanian raid": words that make the attack one
// only feared or imagined, so no act of its own.
const UNREAL_MARKS = new Set(['any', 'possible', 'potential', 'future', 'planned', 'threatened', 'feared', 'imminent', 'expected', 'proposed', 'upcoming', 'forthcoming', 'scheduled', 'intended']);
// How far before the noun such a word may stand ("any new Ruritanian air strike").
const UNREAL_REACH = 4;

/** The verb event coded before the noun: its sides (a noun owned by its subject restates it) and its root. */
export interface VerbBefore {
  readonly subject: ActorGroup | undefined;
  readonly target: ActorGroup | undefined;
  readonly root: string | undefined;
}

/**
 * "Chile condemned the Peruvian raid on a border post", "Oslo protested over Ruritania's shelling of the port", "Lima
 * condemned the attacks by armed men on two villages": an attack noun after a verb event, its doer named in its own
 * phrase (a possessor or a country's adjective before it, an agent after "by"), told as an act of its own. The doer must
 * come after the verb's trigger (`after`), so the verb's own subject is never read as the noun's.
 * Returns the doer named before the noun (the noun's subject), `true` when only a "by" agent names it (the sides step reads
 * that agent), or undefined when the noun names no doer ("condemned the attack on the port" restates no one's act).
 */
export function namedActOwner(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, match: TriggerMatch, index: number, after: number, isForce: boolean, verb: VerbBefore): ActorGroup | true | undefined {
  // "Vellmark seized two boats, and Ostria responded with air strikes on…": the means of a later response are its own acts.
  if (responseVerbOf(tokens, index, after + 1) !== undefined && !isUnreal(tokens, index, after)) return true;
  const head = attackHead(tokens, match, index, isForce);
  if (head === undefined) return otherNounOwner(tokens, groups, countryless, match, index, after, verb);
  if (isUnreal(tokens, head, after)) return undefined;
  const owner = attackNounOwner(tokens, groups, head, after);
  // "shelled the town in a rare military raid on…": a bare lowercase role word ("military") modifies the noun; it names no owner.
  if (owner && !isBareRoleNoun(tokens, owner)) return owner;
  return tokens[head + 1]?.lemma === 'by' && byAgent(tokens, groups, countryless, head) ? true : undefined;
}

/**
 * "Lima condemned Quito's expulsion of its envoy": any other event noun after a verb event is an act of its own only when a
 * possessor names its doer outright, and that doer is not the verb's subject ("Vellmark completed its pullout" restates the
 * verb's act). A "by" agent is not enough: the sides step drops it and finds no target ("a visit by the Vellish premier to…").
 */
function otherNounOwner(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, match: TriggerMatch, index: number, after: number, verb: VerbBefore): ActorGroup | true | undefined {
  if (tokens[index]?.pos !== 'NOUN' || isUnreal(tokens, index, after)) return undefined;
  // "welcomed the renewal of talks between Vellmark and Ostria": talks name both their sides after "between" ("discussed the
  // talks between…", a meeting about talks, restates no one's act).
  if (match.pattern.code.startsWith('04') && match.preposition !== undefined && tokens[match.preposition]?.lemma === 'between') {
    if (verb.root === '04') return undefined;
    const pair = betweenPair(tokens, groups, countryless, match.preposition, false);
    return pair?.members.every((member) => member.code !== undefined) ? true : undefined;
  }
  const owner = possessiveOwner(tokens, groups, index);
  if (!owner || owner.first <= after || sharesCodedMember(owner, verb.subject)) return undefined;
  // "received the Vellish premier in Ostra, the premier's first visit in years": a meeting noun owned by the side a meeting
  // verb met restates that meeting.
  return match.pattern.code.startsWith('04') && verb.root === '04' && sharesCodedMember(owner, verb.target) ? undefined : owner;
}

/** Whether two groups share a coded actor (a pronoun resolved to the verb's subject names no other doer). */
export function sharesCodedMember(group: ActorGroup, other: ActorGroup | undefined): boolean {
  return other !== undefined && group.members.some((member) => member.code !== undefined && other.members.some((known) => known.code === member.code));
}

/** The attack noun a noun row's words end on ("air strike on": "strike"; of a force row, any noun: "invasion of"), or undefined. */
function attackHead(tokens: readonly Token[], match: TriggerMatch, index: number, isForce: boolean): number | undefined {
  for (let at = match.lastWord; at >= index; at--) if (isAttackNoun(tokens[at], tokens[at + 1]) || (isForce && tokens[at]?.pos === 'NOUN')) return at;
  return undefined;
}

/** A lowercase owner not marked as a possessor ("military", "police"): a modifier; "the army's", "Israeli" name an owner. */
function isBareRoleNoun(tokens: readonly Token[], group: ActorGroup): boolean {
  if (tokens[group.last + 1]?.pos === 'PART') return false;
  for (let at = group.first; at <= group.last; at++) if (tokens[at]?.text !== tokens[at]?.text.toLowerCase()) return false;
  return true;
}

/** Whether a word before the noun, after the verb's trigger, makes the attack only feared or imagined (`UNREAL_MARKS`). */
function isUnreal(tokens: readonly Token[], head: number, after: number): boolean {
  for (let at = Math.max(after + 1, head - UNREAL_REACH); at < head; at++) if (UNREAL_MARKS.has(tokens[at]?.lemma ?? '')) return true;
  return false;
}
