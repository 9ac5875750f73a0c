import type { Event } from '../../model/event.ts';

/**
 * An article often reports one happening several times ("had a meeting… held a chat in Pyongyang on Tuesday…").
 * Events with the same root code and the same pair of actors share what each mention lacks: the date, the place
 * and the claim; the date keeps `isDateFromPublication: false` only when it came from the text.
 */
export function mergeEventDetails(events: readonly Event[]): Event[] {
  const groups = new Map<string, Event[]>();
  for (const event of events) {
    if (!event.sourceCode || !event.targetCode) continue;
    const key = `${event.rootCode}|${[event.sourceCode, event.targetCode].sort().join('|')}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return events.map((event) => {
    const key = `${event.rootCode}|${[event.sourceCode, event.targetCode].sort().join('|')}`;
    const siblings = (groups.get(key) ?? []).filter((other) => other !== event && other.modality === event.modality);
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
  });
}
