import { describeActorCode } from '../knowledge/actors/describe-actor-code.ts';
import type { StoredEvent } from '../storage/store.ts';

/** A stored event with readable names for its actor codes, for views that list events from many articles. */
export type NamedEvent = StoredEvent & { readonly sourceName?: string; readonly targetName?: string };

/** Adds "European Union" beside `IGOEEU`, "Chile's government" beside `CHLGOV`; the codes stay for links and filters. */
export function nameEvents(events: readonly StoredEvent[]): NamedEvent[] {
  return events.map((event) => ({
    ...event,
    ...(event.sourceCode ? { sourceName: describeActorCode(event.sourceCode) } : {}),
    ...(event.targetCode ? { targetName: describeActorCode(event.targetCode) } : {}),
  }));
}
