import { emptyEventCounts, summariseEventScores, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';

// The figures the trainers print (train:sides, train:filter, train:triggers, train:pairs, cv:trigger-labels): dyad+root
// recall/precision, rounded by the same `summariseEventScores` as `eval events`, so a trainer's figure for a set is the
// one `eval events` prints for it.

/** A rounded ratio as three digits without the leading zero, `.745`. */
const digits = (value: number): string => value.toFixed(3).replace(/^0/, '');

/** Dyad+root recall/precision, `.745/.857`. */
export function figure(counts: EventScoreCounts): string {
  const { recall, precision } = summariseEventScores(counts).dyadRoot;
  return `${digits(recall)}/${digits(precision)}`;
}

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

/** A trainer's table line: each set's figure (those of `names` that `bySet` holds, in that order), then the pooled one. */
export function setsLine(label: string, names: readonly string[], bySet: ReadonlyMap<string, EventScoreCounts>): string {
  const pooled = pooledCounts(bySet.values());
  const sets = names.filter((name) => bySet.has(name)).map((name) => `${name} ${figure(bySet.get(name) as EventScoreCounts)}`);
  return `${label}: ${sets.join(' · ')} · pooled ${figure(pooled)} (F1 ${f1Of(pooled).toFixed(4)}; ${tally(pooled)})`;
}

/**
 * Warns when an offline re-count (a trainer's codings kept by a threshold, scored again) does not give the pipeline's own
 * counts with nothing dropped: the trainer's figures must be what `eval events` scores.
 */
export function warnIfRecountDiffers(label: string, pipeline: EventScoreCounts | undefined, recounted: EventScoreCounts | undefined): void {
  if (!pipeline || !recounted) return;
  const { matched, predicted, gold } = pipeline.dyadRoot;
  const again = recounted.dyadRoot;
  if (matched !== again.matched || predicted !== again.predicted || gold !== again.gold) process.stderr.write(`${label}: the offline re-count (${again.matched}/${again.predicted}/${again.gold}) differs from the pipeline's (${matched}/${predicted}/${gold})\n`);
}

/**
 * Each set scored at the setting the other sets' pooled F1 picks: a best line picked on the very sets it scores flatters
 * the stage, this does not. `bySetting` maps each setting (a threshold, or one meaning the stage is off) to its held-out
 * counts per set; returns each set's pick and its counts there.
 */
export function pickedWithoutHeldOut<Setting>(bySetting: ReadonlyMap<Setting, ReadonlyMap<string, EventScoreCounts>>, names: readonly string[]): Map<string, { setting: Setting; counts: EventScoreCounts }> {
  return new Map(names.map((held) => {
    const others = names.filter((name) => name !== held);
    const f1Without = (bySet: ReadonlyMap<string, EventScoreCounts>): number => f1Of(pooledCounts(others.map((name) => bySet.get(name) as EventScoreCounts)));
    const [setting, bySet] = [...bySetting.entries()].reduce((a, b) => (f1Without(b[1]) > f1Without(a[1]) ? b : a));
    return [held, { setting, counts: bySet.get(held) as EventScoreCounts }] as const;
  }));
}
