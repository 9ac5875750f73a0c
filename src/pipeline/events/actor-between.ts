import type { Token } from '../../model/token.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { dayAfter } from './weekdays.ts';

/** "called Putin on Saturday" is not "call on": a built-in particle verb's preposition comes before its object. */
export function hasActorBetween(tokens: readonly Token[], from: number, to: number, isActorAt: (index: number) => boolean): boolean {
  // "retook the city of Ramadi from": a name completing the pattern's noun does not split it.
  let index = from + 1;
  if (tokens[index]?.lemma === 'of') for (index++; isActorAt(index); index++);
  // "raids by gunmen on two villages", "rockets launched by Syria at Jordan": the agent after "by" is the act's doer,
  // not an object splitting the phrase ("was phoned by the premier on Monday": a day's "on" introduces no target).
  if (tokens[index]?.lemma === 'by' && dayAfter(tokens, to - 1) === to - 1) for (index++; index < to && isAgentWord(tokens, index, isActorAt); index++);
  // "held talks in Cairo on Sunday with": where it happened does not split the phrase from its preposition.
  for (; index < to; index++) if (isActorAt(index) && tokens[index - 1]?.lemma !== 'in') return true;
  return false;
}

/** A word of the agent's noun phrase after "by": its actor's words, determiners, modifiers and possessive marks. */
function isAgentWord(tokens: readonly Token[], index: number, isActorAt: (index: number) => boolean): boolean {
  const token = tokens[index];
  return isActorAt(index) || token?.pos === 'DET' || token?.pos === 'ADJ' || POSSESSIVE_MARKS.has(token?.text ?? '');
}
