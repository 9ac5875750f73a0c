import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** The built-in row reading "calling the takeover a coup" (its id, derived from code and phrase). */
const CONDEMNED_ACT_ROW = '111:call-takeover';

/**
 * "suspended Madagascar's membership …, calling the takeover a coup", "cut ties with Bogota, calling the raid a
 * massacre": an act condemned by name with no one named is aimed at whom the speaker's earlier act in the sentence was.
 */
export function condemnedAct(events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    if (event.target || event.pattern.id !== CONDEMNED_ACT_ROW || !event.source?.code) return event;
    const earlier = events.findLast((other) => other.trigger < event.trigger && other.target?.code !== undefined && other.source?.code === event.source?.code && other.target.code !== event.source?.code);
    const isRepeat = earlier !== undefined && events.some((other) => other !== event && sentenceEventCode(other) === '111' && other.source?.code === event.source?.code && other.target?.code === earlier.target?.code);
    return earlier?.target && !isRepeat ? { ...event, target: earlier.target } : event;
  });
}
