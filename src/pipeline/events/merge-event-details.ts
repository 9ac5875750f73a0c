import type { Event } from '../../model/event.ts';

/**
 * An article often reports one happening several times ("had a meeting… held a chat in Pyongyang on Tuesday…").
 * Events with the same root code and the same pair of actors share what each mention lacks: the date, the place
 * and the claim; the date keeps `isDateFromPublication: false` only when it came from the text.
 */
export function mergeEventDetails(events: readonly Event[]): Event[] {
  const groups = new Map<string, Event[]>();
  let hasSiblings = false;
  for (const event of events) {
    const key = pairKey(event);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) {
      group.push(event);
      hasSiblings = true;
    } else groups.set(key, [event]);
  }
  // Most articles pair no two events: then no event has siblings and each is kept as it is.
  return hasSiblings ? events.map((event) => withSiblingDetails(event, groups)) : [...events];
}

/** The event's root code and its two sides sorted, so A→B and B→A share it; none when it lacks a side (no siblings then). */
function pairKey(event: Event): string | undefined {
  const { sourceCode, targetCode } = event;
  if (!sourceCode || !targetCode) return undefined;
  return sourceCode <= targetCode ? `${event.rootCode}|${sourceCode}|${targetCode}` : `${event.rootCode}|${targetCode}|${sourceCode}`;
}

/** The event with the date, place and claim its siblings of the same modality have and it lacks. */
function withSiblingDetails(event: Event, groups: ReadonlyMap<string, readonly Event[]>): Event {
  const key = pairKey(event);
  const siblings = key === undefined ? [] : (groups.get(key) ?? []).filter((other) => other !== event && other.modality === event.modality);
  if (siblings.length === 0) return event;
  const dated = event.isDateFromPublication ? siblings.find((other) => !other.isDateFromPublication && other.date) : undefined;
  const placed = event.placeId ? undefined : siblings.find((other) => other.placeId);
  const claimed = event.claimId ? undefined : siblings.find((other) => other.claimId);
  return {
    ...event,
    ...(dated?.date ? { date: dated.date, isDateFromPublication: false } : {}),
    ...(placed?.placeId ? { placeId: placed.placeId } : {}),
    ...(claimed?.claimId ? { claimId: claimed.claimId } : {}),
  };
}
