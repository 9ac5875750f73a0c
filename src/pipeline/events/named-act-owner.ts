/** Whether an attack noun after a coded verb names its own doer, so that it is an event of its own and not the verb's act restated. */

import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { attackNounOwner, byAgent, isAttackNoun } from './find-agents.ts';
import type { TriggerMatch } from './find-trigger.ts';

// "vowed to punish any Ruritanian strike on…", "condemned a possible Ruritanian raid": words that make the attack one
// only feared or imagined, so no act of its own.
const UNREAL_MARKS = new Set(['any', 'possible', 'potential', 'future', 'planned', 'threatened', 'feared', 'imminent', 'expected', 'proposed']);
// How far before the noun such a word may stand ("any new Ruritanian air strike").
const UNREAL_REACH = 4;

/**
 * "Chile condemned the Peruvian raid on a border post", "Oslo protested over Ruritania's shelling of the port", "Lima
 * condemned the attacks by armed men on two villages": an attack noun after a verb event, its doer named in its own
 * phrase (a possessor or a country's adjective before it, an agent after "by"), told as an act of its own. The doer must
 * come after the verb's trigger (`after`), so the verb's own subject is never read as the noun's.
 * Returns the doer named before the noun (the noun's subject), `true` when only a "by" agent names it (the sides step reads
 * that agent), or undefined when the noun names no doer ("condemned the attack on the port" restates no one's act).
 */
export function namedActOwner(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, match: TriggerMatch, index: number, after: number, isForce: boolean): ActorGroup | true | undefined {
  const head = attackHead(tokens, match, index, isForce);
  if (head === undefined || isUnreal(tokens, head, after)) return undefined;
  const owner = attackNounOwner(tokens, groups, head, after);
  // "shelled the town in a rare military raid on…": a bare lowercase role word ("military") modifies the noun; it names no owner.
  if (owner && !isBareRoleNoun(tokens, owner)) return owner;
  return tokens[head + 1]?.lemma === 'by' && byAgent(tokens, groups, countryless, head) ? true : undefined;
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
