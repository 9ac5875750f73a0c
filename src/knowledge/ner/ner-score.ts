import { chunksOf } from './chunks.ts';

/** Precision, recall and F1 for one entity type or for all of them. */
export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

/** conlleval's exact-span scores: micro over all types and per type. */
export interface NerScore extends PrecisionRecall {
  readonly byType: Readonly<Record<string, PrecisionRecall>>;
}

interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

function ratios({ gold, predicted, correct }: Counts): PrecisionRecall {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

/** Scores predicted against gold tag sequences (one pair per sentence): a chunk counts only with exact bounds and type. */
export function scoreNer(pairs: Iterable<{ readonly gold: readonly string[]; readonly predicted: readonly string[] }>): NerScore {
  const total: Counts = { gold: 0, predicted: 0, correct: 0 };
  const byType = new Map<string, Counts>();
  const countsFor = (type: string): Counts => {
    let counts = byType.get(type);
    if (!counts) byType.set(type, (counts = { gold: 0, predicted: 0, correct: 0 }));
    return counts;
  };
  for (const { gold, predicted } of pairs) {
    const goldKeys = new Set(chunksOf(gold).map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const chunk of chunksOf(gold)) countsFor(chunk.type).gold++;
    total.gold += goldKeys.size;
    for (const chunk of chunksOf(predicted)) {
      const counts = countsFor(chunk.type);
      counts.predicted++;
      total.predicted++;
      if (goldKeys.has(`${chunk.start}:${chunk.end}:${chunk.type}`)) {
        counts.correct++;
        total.correct++;
      }
    }
  }
  const types = [...byType.keys()].sort();
  return { ...ratios(total), byType: Object.fromEntries(types.map((type) => [type, ratios(countsFor(type))])) };
}
