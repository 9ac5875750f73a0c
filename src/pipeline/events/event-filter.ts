import type { EventFilterModel } from '../../knowledge/events/event-filter-model.ts';
import type { Event } from '../../model/event.ts';
import { eventFilterFeatures, type EventFilterInput } from './event-filter-features.ts';

/** Says which of a sentence's finished events stay in the document; training passes a recorder that keeps all. */
export interface EventFilter {
  keep(input: EventFilterInput): readonly boolean[];
}

/** Whether an event names both sides (an actor, or `---` for a target-less act or an unknown doer): the ones scored. */
export function hasBothSides(event: Pick<Event, 'sourceCode' | 'targetCode' | 'isTargetless' | 'isSourceUnknown'>): boolean {
  return (event.sourceCode !== undefined || event.isSourceUnknown === true) && (event.targetCode !== undefined || event.isTargetless === true);
}

/** The model's probability that an event is one a careful coder would write, root and both sides. */
export function eventProbability(model: EventFilterModel, features: readonly string[]): number {
  let score = 0;
  for (const feature of features) score += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-score));
}

/**
 * The trained filter: an event with both sides whose probability falls under the threshold leaves the document.
 * One-sided events are kept as they are: they are never exported as a dyad nor scored, and the user may want them.
 */
export function modelEventFilter(model: EventFilterModel, threshold: number = model.threshold): EventFilter {
  return {
    keep(input) {
      if (threshold > 1) return input.coded.map(() => true);
      return input.coded.map((event, at) => !hasBothSides(event) || eventProbability(model, eventFilterFeatures(input, at)) >= threshold);
    },
  };
}
