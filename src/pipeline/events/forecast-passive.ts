import type { Token } from '../../model/token.ts';
import { isPassiveAt } from './clause-shape.ts';
import type { TriggerMatch } from './find-trigger.ts';

/**
 * "The two envoys are expected to meet in Lusaka next week": a forecast in the passive names no one who expects, so it is
 * no offer to meet (036) made by the subject; the verb after it is the event, and a planned one.
 */
export function isForecastPassive(tokens: readonly Token[], match: TriggerMatch): boolean {
  return tokens[match.trigger]?.lemma === 'expect' && isPassiveAt(tokens, match.trigger);
}
