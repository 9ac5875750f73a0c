import { emptyEventCounts, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';

// The figures both trainers print (train:sides, train:filter): dyad+root recall/precision, as `eval events` rounds them.

const ratio = (a: number, b: number): string => (b === 0 ? '0' : (a / b).toFixed(3).replace(/^0/, ''));

/** Dyad+root recall/precision, `.745/.857`. */
export const figure = (counts: EventScoreCounts): string => `${ratio(counts.dyadRoot.matched, counts.dyadRoot.gold)}/${ratio(counts.dyadRoot.matched, counts.dyadRoot.predicted)}`;

/** The dyad+root counts behind a figure. */
export const tally = (counts: EventScoreCounts): string => `${counts.dyadRoot.matched} matched of ${counts.dyadRoot.gold} gold, ${counts.dyadRoot.predicted} coded`;

/** Dyad+root F1, what both trainers pick their setting by. */
export const f1Of = (counts: EventScoreCounts): number => (2 * counts.dyadRoot.matched) / (counts.dyadRoot.gold + counts.dyadRoot.predicted);

/** Adds `counts` into `into`, at every level. */
export function addCounts(into: EventScoreCounts, counts: EventScoreCounts): void {
  for (const level of ['root', 'dyadRoot', 'full'] as const) for (const key of ['matched', 'gold', 'predicted'] as const) into[level][key] += counts[level][key];
}

/** The sets' counts pooled. */
export function pooledCounts(bySet: Iterable<EventScoreCounts>): EventScoreCounts {
  const pooled = emptyEventCounts();
  for (const counts of bySet) addCounts(pooled, counts);
  return pooled;
}
