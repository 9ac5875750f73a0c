import type { Token } from '../../model/token.ts';

const CONTROL_VERBS: ReadonlySet<string> = new Set(['want', 'ask', 'urge', 'press', 'pressure', 'push', 'force', 'tell', 'order', 'encourage', 'persuade', 'invite', 'call', 'appeal', 'compel', 'demand', 'instruct', 'advise', 'implore', 'give']);

/**
 * "wants Lima to act", "pressing Ottawa to help", "pressure from parliament to help": the verb after "to" is what
 * someone asks of an actor, not an event (the asking is coded instead).
 */
export function isComplementOfControlVerb(tokens: readonly Token[], trigger: number, inMention: ReadonlySet<number>, sentenceStart: number): boolean {
  if (tokens[trigger - 1]?.lemma !== 'to') return false;
  let sawActor = false;
  for (let index = trigger - 2; index >= Math.max(sentenceStart, trigger - 9); index--) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT') return false;
    if (inMention.has(index)) sawActor = true;
    else if (CONTROL_VERBS.has(token.lemma)) return sawActor;
  }
  return false;
}
