/** A coding as PETRARCH validation files give it: CAMEO event code plus source and target actor codes. */
export interface EventCoding {
  readonly code: string;
  readonly source: string;
  readonly target: string;
}

/** Matched, gold and predicted counts for one level of strictness. */
export interface LevelCounts {
  matched: number;
  gold: number;
  predicted: number;
}

/** Counts at the three levels `tidings eval events` reports. */
export interface EventScoreCounts {
  readonly root: LevelCounts;
  readonly dyadRoot: LevelCounts;
  readonly full: LevelCounts;
}

/** Fresh zeroed counters. */
export function emptyEventCounts(): EventScoreCounts {
  return { root: zero(), dyadRoot: zero(), full: zero() };
}

const keys = {
  root: (coding: EventCoding) => coding.code.slice(0, 2),
  full: (coding: EventCoding) => coding.code,
  dyadRoot: (coding: EventCoding) => `${coding.code.slice(0, 2)}|${coding.source.slice(0, 3)}|${coding.target.slice(0, 3)}`,
} as const;

/** Adds one sentence: codings match as multisets, so two gold events need two predicted ones. */
export function scoreSentence(gold: readonly EventCoding[], predicted: readonly EventCoding[], counts: EventScoreCounts): void {
  for (const level of ['root', 'dyadRoot', 'full'] as const) {
    const remaining = new Map<string, number>();
    for (const coding of gold) remaining.set(keys[level](coding), (remaining.get(keys[level](coding)) ?? 0) + 1);
    const tally = counts[level];
    tally.gold += gold.length;
    tally.predicted += predicted.length;
    for (const coding of predicted) {
      const left = remaining.get(keys[level](coding)) ?? 0;
      if (left > 0) {
        tally.matched += 1;
        remaining.set(keys[level](coding), left - 1);
      }
    }
  }
}

/** Recall and precision per level, rounded to three decimals. */
export function summariseEventScores(counts: EventScoreCounts): Record<'root' | 'dyadRoot' | 'full', { recall: number; precision: number }> {
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  const level = (tally: LevelCounts) => ({ recall: ratio(tally.matched, tally.gold), precision: ratio(tally.matched, tally.predicted) });
  return { root: level(counts.root), dyadRoot: level(counts.dyadRoot), full: level(counts.full) };
}

function zero(): LevelCounts {
  return { matched: 0, gold: 0, predicted: 0 };
}
