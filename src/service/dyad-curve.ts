import { dyadSeries } from '../corpus/dyad-series.ts';
import type { DyadDay } from '../model/dyad-day.ts';
import type { Store, StoredEvent } from '../storage/store.ts';

const PAGE = 5000;
const MAX_EVENTS = 200_000;

/** Events between two actors (CAMEO code prefixes) per day, copies skipped, with the reporting articles' tone. */
export async function dyadCurve(store: Store, a: string, b: string, options: { readonly since?: string; readonly directed?: boolean } = {}): Promise<readonly DyadDay[]> {
  const events: StoredEvent[] = [];
  for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
    const page = await store.listEvents({ ...(options.since ? { since: options.since } : {}), limit: PAGE, offset });
    events.push(...page);
    if (page.length < PAGE) break;
  }
  const copies = await store.corpus.listCopies();
  const signals = await store.corpus.articleSignals(events.map((e) => e.documentId));
  const withTone = events.map((event) => {
    const signal = signals.get(event.documentId);
    if (!signal) return event;
    return { ...event, published: event.published ?? signal.seenAt, ...(signal.tone === undefined ? {} : { tone: signal.tone }) };
  });
  return dyadSeries(withTone, a, b, { ...options, copies });
}
