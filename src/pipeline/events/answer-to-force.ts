import type { SentenceEvent } from './code-sentence.ts';
import { FORCE_ROOTS } from './stance-code.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { isByOtherAt } from './by-other-at.ts';

/** Threats and condemnations: said in answer to a blow, they are aimed at whoever struck. */
const ANSWER_ROOTS = new Set(['11', '13']);

/**
 * "Indian jets struck targets in Pakistan, and Islamabad vowed to respond": a threat or condemnation with no one named,
 * made by the side struck earlier in the sentence, is aimed at the attacker; so is a blow called off ("Iran shot down a US
 * drone, and Trump called off retaliatory strikes", 087). A blow told after ("vowed to hit back after militias killed three
 * US soldiers") counts when none comes before.
 */
export function answerToForce(events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const country = event.source?.code?.slice(0, 3);
    const code = sentenceEventCode(event);
    if (event.target || !country || !(ANSWER_ROOTS.has(code.slice(0, 2)) || code === '087')) return event;
    const isBlowOn = (other: SentenceEvent): boolean => FORCE_ROOTS.has(sentenceEventCode(other).slice(0, 2)) && isByOtherAt(other, country);
    const blow = events.find((other) => other.trigger < event.trigger && isBlowOn(other)) ?? events.find((other) => other.trigger > event.trigger && isBlowOn(other));
    return blow?.source ? { ...event, target: blow.source } : event;
  });
}
