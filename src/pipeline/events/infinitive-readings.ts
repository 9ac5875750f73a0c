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

/**
 * "ordered his guards to open fire": after a command verb, a "to" before a bare verb marks what is commanded, not the
 * place a built-in row's preposition names ("ordered 600 guards to the capital"), so the row does not fit. Only command
 * verbs: elsewhere a noun read as a verb ("airdropped food to flood victims") would lose a right target.
 */
export function isCommandedInfinitive(tokens: readonly Token[], match: TriggerMatch): boolean {
  const to = match.preposition === undefined ? undefined : tokens[match.preposition];
  const next = match.preposition === undefined ? undefined : tokens[match.preposition + 1];
  const isBareVerb = (next?.pos === 'VERB' || next?.pos === 'AUX') && next.text.toLowerCase() === next.lemma;
  return match.pattern.isBuiltin === true && COMMAND_VERBS.has(tokens[match.trigger]?.lemma ?? '') && to?.lemma === 'to' && to.pos === 'PART' && isBareVerb;
}

const COMMAND_VERBS = new Set(['order', 'rush']);
