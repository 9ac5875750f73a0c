import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { isByOtherAt } from './by-other-at.ts';


/**
 * "Kenya accused Uganda of arming the rebels, a charge Kampala denies": a denial with no one named, made by the side an
 * earlier event of the sentence was aimed at, is aimed at that event's maker (the accuser, the sanctioner).
 */
export function deniedCharge(events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const country = event.source?.code?.slice(0, 3);
    // A rejection answers a charge only when the charge is named ("an accusation Tehran rejected"), not a bare "rejected".
    const code = sentenceEventCode(event);
    if (event.target || !country || !(code === '016' || (code === '120' && event.pattern.beforeWords.length > 0))) return event;
    const charge = events.find((other) => other.trigger < event.trigger && isByOtherAt(other, country));
    return charge?.source ? { ...event, target: charge.source } : event;
  });
}
