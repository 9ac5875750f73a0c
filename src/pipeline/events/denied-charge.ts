import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { isByOtherAt } from './by-other-at.ts';


/**
 * "Kenya accused Uganda of arming the rebels, a charge Kampala denies": a denial with no one named, made by the side an
 * earlier event of the sentence was aimed at, is aimed at that event's maker (the accuser, the sanctioner); an
 * accusation answered so is denied (016) at home as abroad ("Exiles accused the police of torture, a charge the
 * authorities in Asmara flatly denied").
 */
export function deniedCharge(events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const country = event.source?.code?.slice(0, 3);
    // A rejection answers a charge only when the charge is named ("an accusation Tehran rejected"), not a bare "rejected".
    const code = sentenceEventCode(event);
    if (!(code === '016' || (code === '120' && event.pattern.beforeWords.length > 0))) return event;
    const isUnplaced = event.source === undefined || event.source.isCountryless === true;
    const accusation = accusationAt(events, event, isUnplaced ? undefined : country);
    // "Exiles accused the police of torture, a claim the government dismissed": the claim rejected is that accusation,
    // denied (016), at home as abroad.
    if (accusation?.source) return { ...event, code: '016', target: accusation.source };
    if (event.target || !country) return event;
    const charge = events.find((other) => other.trigger < event.trigger && isByOtherAt(other, country));
    return charge?.source ? { ...event, target: charge.source } : event;
  });
}

/**
 * An accusation (112) made before the rejection by another actor against the rejecting side's country; a rejecting side
 * not placed yet ("the government", given its country by a later step) answers the last event before it, if an accusation.
 */
function accusationAt(events: readonly SentenceEvent[], rejection: SentenceEvent, country: string | undefined): SentenceEvent | undefined {
  const isAnswer = (other: SentenceEvent): boolean => other.trigger < rejection.trigger && sentenceEventCode(other).startsWith('112') && other.source?.code !== undefined && other.source.code !== rejection.source?.code && (rejection.target === undefined || rejection.target.code === other.source.code);
  // "accused government forces of…, a charge the authorities in Harare denied": forces not placed yet are the denier's.
  if (country) return events.find((other) => isAnswer(other) && (other.target?.code?.slice(0, 3) === country || other.target?.isCountryless === true));
  if (rejection.source !== undefined && rejection.source.isCountryless !== true) return undefined;
  const last = events.findLast((other) => other.trigger < rejection.trigger);
  return last && isAnswer(last) ? last : undefined;
}
