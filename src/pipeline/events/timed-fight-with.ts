import type { Token } from '../../model/token.ts';
import { isInTimePhrase } from './clause-shape.ts';
import type { TriggerMatch } from './find-trigger.ts';
import type { ActorGroup } from './actor-groups.ts';
import { ARMED_FORCE_ROLES, STATE_FORCE_ROLES, isBareCountry, roleOf } from './agent-roles.ts';

/**
 * "Militiamen seized the mine following a month of fighting with soldiers", "the troops withdrew amid heavy fighting with
 * militia fighters": a fight with a named side set as the time of the clause's act (after "after", "amid", "during",
 * "following") is the clause subject's own fight with that side, whether a noun row or a verb row ("fight with") read it.
 * "after clashes between X and Y" names its own pair (timedFightPair); "condemned the fighting with…" is a topic.
 * "clashes with" has no noun row with "with" yet, so "amid clashes with…" is not read so.
 */
export function isTimedFightWith(tokens: readonly Token[], match: TriggerMatch): boolean {
  // A user dictionary's codes may be a scheme of their own (PETRARCH's test codes): only the built-in rows are read so.
  if (match.pattern.isBuiltin !== true || !match.pattern.code.startsWith('19') || match.preposition === undefined || tokens[match.preposition]?.lemma !== 'with') return false;
  const word = tokens[match.trigger];
  const isNounUse = match.pattern.isNoun === true || word?.pos === 'NOUN' || word?.text.toLowerCase().endsWith('ing') === true;
  return isNounUse && isInTimePhrase(tokens, match.trigger, 'fight');
}

/**
 * Whether the clause's subject can be one side of the fight that dates its act: a state, its forces or an armed group.
 * "Villagers fled after days of fighting with jihadists": the villagers fled the fight, they did not fight.
 */
export function isFightingSide(group: ActorGroup | undefined): boolean {
  return group !== undefined && group.members.every((member) => member.code !== undefined && (isBareCountry(member.code) || ARMED_FORCE_ROLES.has(roleOf(member.code)) || STATE_FORCE_ROLES.has(roleOf(member.code))));
}
