import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

// Comments, appeals and praise take the act as their object ("welcomed the plan"); an accusation or a rejection is itself
// a move another side may condemn.
const REACTION_ROOTS = new Set(['01', '02']);
const REACTION_CODES = new Set(['051']);

/**
 * "Chile closed the pass, and Bolivia condemned the move": the last deed before `before` done by a side other than the
 * judge's, the one a noun summing up an act refers to. "Peru praised the plan, but Ecuador condemned the move" names
 * no deed of Peru's: praise, like a comment or an appeal, is passed over.
 */
export function lastDeedByOther(events: readonly SentenceEvent[], before: number, isJudgeSide: (code: string) => boolean): SentenceEvent | undefined {
  return events.findLast((event) => {
    if (event.trigger >= before || event.source?.code === undefined || isJudgeSide(event.source.code)) return false;
    const code = sentenceEventCode(event);
    return !REACTION_ROOTS.has(code.slice(0, 2)) && !REACTION_CODES.has(code);
  });
}
