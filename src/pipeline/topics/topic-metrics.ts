import type { Topic } from '../../model/topic.ts';

/** Gold label -> taxonomy slug(s), as given to `tidings eval topics --map`. */
export type LabelMapping = Readonly<Record<string, string | readonly string[]>>;

/** The gold label whose slugs hold the best-scoring slug among all mapped slugs (undefined if none scored). */
export function predictMappedLabel(topics: readonly Topic[], mapping: LabelMapping): string | undefined {
  const labelOf = new Map<string, string>();
  for (const [label, slugs] of Object.entries(mapping)) for (const slug of [slugs].flat()) labelOf.set(slug, label);
  let best: Topic | undefined;
  for (const topic of topics) if (labelOf.has(topic.slug) && (!best || topic.score > best.score)) best = topic;
  return best ? labelOf.get(best.slug) : undefined;
}

/** Precision, recall and F1 of one gold label. */
export interface LabelScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** Accuracy, macro-F1 over gold labels, per-label scores and the confusion matrix (gold -> predicted -> count). */
export interface TopicMetrics {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perLabel: Readonly<Record<string, LabelScores>>;
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Scores (gold, predicted) pairs; a missing prediction counts as wrong. */
export function scoreTopicPredictions(pairs: readonly (readonly [string, string | undefined])[]): TopicMetrics {
  const labels = [...new Set(pairs.map(([gold]) => gold))].sort();
  const confusion: Record<string, Record<string, number>> = {};
  let right = 0;
  for (const [gold, predicted] of pairs) {
    const row = (confusion[gold] ??= {});
    const key = predicted ?? '(none)';
    row[key] = (row[key] ?? 0) + 1;
    if (gold === predicted) right++;
  }
  const perLabel: Record<string, LabelScores> = {};
  let f1Sum = 0;
  for (const label of labels) {
    const tp = pairs.filter(([g, p]) => g === label && p === label).length;
    const predicted = pairs.filter(([, p]) => p === label).length;
    const support = pairs.filter(([g]) => g === label).length;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    f1Sum += f1;
    perLabel[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support };
  }
  const macroF1 = labels.length === 0 ? 0 : f1Sum / labels.length;
  return { accuracy: round(pairs.length === 0 ? 0 : right / pairs.length), macroF1: round(macroF1), perLabel, confusion };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
