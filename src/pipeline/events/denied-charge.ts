import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { isByOtherAt } from './by-other-at.ts';


/**
 * "Kenya accused Uganda of arming the rebels, a charge Kampala denies": a denial with no one named, made by the side an
 * earlier event of the sentence was aimed at, is aimed at that event's maker (the accuser, the sanctioner); an
 * accusation answered so is denied (016) at home as abroad ("Cameroonian opposition leaders accused the police of
 * beating marchers, an accusation the government rejected").
 */
export function deniedCharge(events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const country = event.source?.code?.slice(0, 3);
    // A rejection answers a charge only when the charge is named ("an accusation Tehran rejected"), not a bare "rejected".
    const code = sentenceEventCode(event);
    if (!(code === '016' || (code === '120' && event.pattern.beforeWords.length > 0))) return event;
    const isUnplaced = event.source === undefined || event.source.isCountryless === true;
    const accusation = accusationAt(events, event, isUnplaced ? undefined : country);
    // "Farmers accused the army of looting their grain, a claim the defence ministry dismissed": the claim rejected is
    // that accusation, denied (016), at home as abroad.
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
  // "accused government forces of burning villages in Darfur, a charge officials in Khartoum denied": forces not placed
  // yet are the denier's.
  if (country) return events.find((other) => isAnswerTo(rejection, other) && (other.target?.code?.slice(0, 3) === country || other.target?.isCountryless === true));
  if (rejection.source !== undefined && rejection.source.isCountryless !== true) return undefined;
  const last = events.findLast((other) => other.trigger < rejection.trigger);
  return last && isAnswerTo(rejection, last) ? last : undefined;
}

/** An accusation (112) made before the rejection by a side other than the rejecter, and the one it names if it names one. */
function isAnswerTo(rejection: SentenceEvent, other: SentenceEvent): boolean {
  if (other.trigger >= rejection.trigger || !sentenceEventCode(other).startsWith('112')) return false;
  const accuser = other.source?.code;
  return accuser !== undefined && accuser !== rejection.source?.code && (rejection.target === undefined || rejection.target.code === accuser);
}
