import type { EventFilterModel } from '../../knowledge/events/event-filter-model.ts';
import type { EventCoding } from './score-event-codings.ts';
import { DEFAULT_LOGISTIC_TRAINING, fitLogisticWeights, type LogisticTraining, type TrainingExample } from './logistic-model.ts';

/** One coded event with both sides as training sees it: its root, first three letters of each side, its features. */
export interface RecordedCoding {
  readonly root: string;
  readonly source: string;
  readonly target: string;
  readonly features: readonly string[];
}

/**
 * Labels a sentence's events as the eval scores them: an event is right when a gold coding of the sentence has its root
 * and the first three letters of both its sides, each gold coding matching one event, in the events' order. A sentence
 * with no gold codings makes every event wrong.
 */
export function labelCodings(events: readonly RecordedCoding[], gold: readonly EventCoding[]): TrainingExample[] {
  const left = new Map<string, number>();
  const key = (root: string, source: string, target: string): string => `${root}|${source}|${target}`;
  for (const coding of gold) {
    const at = key(coding.code.slice(0, 2), coding.source.slice(0, 3), coding.target.slice(0, 3));
    left.set(at, (left.get(at) ?? 0) + 1);
  }
  return events.map((event) => {
    const at = key(event.root, event.source, event.target);
    const remaining = left.get(at) ?? 0;
    if (remaining > 0) left.set(at, remaining - 1);
    return { features: event.features, isRight: remaining > 0 };
  });
}

/** Fits the filter with the side model's regression (the same deterministic SGD), at a threshold. */
export function trainEventFilter(examples: readonly TrainingExample[], threshold: number, training: LogisticTraining = DEFAULT_LOGISTIC_TRAINING): EventFilterModel {
  return { kind: 'event-filter-model', threshold, weights: fitLogisticWeights(examples, training) };
}
