import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';

/** Verbs of a vehicle driven at a target: "crashed a van into", "steered a car into". */
const DRIVING_VERBS: ReadonlySet<string> = new Set(['ram', 'drive', 'crash', 'steer', 'smash']);
/** Words saying the vehicle carried a bomb: "explosive-laden", "full of explosives", "a booby-trapped van". */
const CHARGED: ReadonlySet<string> = new Set(['explosive', 'explosives', 'bomb', 'bombs', 'booby', 'dynamite', 'tnt']);

/** A vehicle bombing row (1832) fired at a driving verb: "crashed a bomb-laden tanker into a border post". */
function isDrivenVehicle(tokens: readonly Token[], match: TriggerMatch): boolean {
  return match.pattern.isBuiltin === true && match.pattern.code === '1832' && DRIVING_VERBS.has(tokens[match.trigger]?.lemma ?? '');
}

/**
 * "drove his car into a crowd", "crashed a van into a shop front": a vehicle driven into something is a bombing only
 * when the words between the verb and "into" say it carried explosives.
 */
export function isUnchargedVehicle(tokens: readonly Token[], match: TriggerMatch): boolean {
  if (!isDrivenVehicle(tokens, match)) return false;
  const end = match.preposition ?? match.lastWord;
  for (let at = match.trigger + 1; at < end; at++) if (CHARGED.has(tokens[at]?.lemma ?? '') || CHARGED.has(tokens[at]?.text.toLowerCase() ?? '')) return false;
  return true;
}

/** "A suicide attacker crashed a tanker full of explosives into…": a vehicle bomb its driver died with is a suicide bombing (1831). */
export function vehicleBombCode(tokens: readonly Token[], match: TriggerMatch, subject: ActorGroup | undefined, sentenceStart: number): string | undefined {
  if (!isDrivenVehicle(tokens, match)) return undefined;
  const from = Math.max(sentenceStart, subject && subject.last < match.trigger ? subject.first : match.trigger - 3);
  for (let at = from; at < match.trigger; at++) if (tokens[at]?.lemma === 'suicide') return '1831';
  return undefined;
}
