import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { isAccident } from './unknown-doer.ts';

/** Verbs of a vehicle driven at a target: "rammed a truck into", "drove a car into". */
const DRIVING_VERBS: ReadonlySet<string> = new Set(['ram', 'drive', 'crash', 'steer', 'smash']);
/** Words saying the vehicle carried a bomb: "explosive-laden", "packed with explosives", "a booby-trapped car". */
const CHARGED: ReadonlySet<string> = new Set(['explosive', 'explosives', 'bomb', 'bombs', 'booby', 'dynamite', 'tnt']);

/** A vehicle bombing row (1832) fired at a driving verb: "rammed an explosive-laden truck into an army base". */
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

/** "A suicide bomber drove a lorry packed with explosives into…": a vehicle bomb its driver died with is a suicide bombing (1831). */
export function vehicleBombCode(tokens: readonly Token[], match: TriggerMatch, subject: ActorGroup | undefined, sentenceStart: number): string | undefined {
  if (!isDrivenVehicle(tokens, match)) return undefined;
  const from = Math.max(sentenceStart, subject && subject.last < match.trigger ? subject.first : match.trigger - 3);
  for (let at = from; at < match.trigger; at++) if (tokens[at]?.lemma === 'suicide') return '1831';
  return undefined;
}

/** Verbs of a blast going through a building: "a car bomb tore through a police station". */
const TEARING_VERBS: ReadonlySet<string> = new Set(['tear', 'rip']);

/** "a gas explosion tore through the factory": the blast of an accident is no bombing. */
export function isAccidentalBlast(tokens: readonly Token[], match: TriggerMatch): boolean {
  if (match.pattern.isBuiltin !== true || match.pattern.code !== '183' || !TEARING_VERBS.has(tokens[match.trigger]?.lemma ?? '')) return false;
  return isAccident(tokens, match.firstWord ?? match.trigger - 1);
}
