import type { PairModel } from '../../knowledge/events/pair-model.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { candidateMentions, type SideChoiceInput } from './learned-sides.ts';
import { logisticProbability } from './logistic-model.ts';
import { isUnfinishedLearned } from './learned-triggers.ts';
import { pairOptions, withoutSides, type PairOption } from './pair-features.ts';

/**
 * Gives both sides to the learned trigger proposer's events the rules and the side-chooser left without them; never
 * touches the rules' own events, adds or drops none (an event still unfinished is dropped after it). Training passes a
 * recorder.
 */
export interface PairChooser {
  choose(input: SideChoiceInput): readonly SentenceEvent[];
}

/** The most probable pair of an event and its probability, or undefined when the sentence offers none. */
function bestPair(model: PairModel, input: SideChoiceInput, event: SentenceEvent, candidates: readonly ActorMention[]): { option: PairOption; probability: number } | undefined {
  let best: { option: PairOption; probability: number } | undefined;
  for (const option of pairOptions(input, event, candidates)) {
    const probability = logisticProbability(model.weights, option.features);
    if (!best || probability > best.probability) best = { option, probability };
  }
  return best;
}

/** The event with the pair's sides (a missing target as PETRARCH's `---`), its rule marked `+learned-pair`. */
function withPair(event: SentenceEvent, option: PairOption): SentenceEvent {
  const rest = withoutSides(event);
  const rule = `${event.rule ?? event.pattern.id}+learned-pair`;
  return option.target ? { ...rest, source: option.source, target: option.target, rule } : { ...rest, source: option.source, isTargetless: true, rule };
}

/**
 * The trained chooser: each unfinished learned event takes its most probable pair when it reaches the threshold
 * (`onChosen` hears every pair taken, with the event as it was, for the trainer's offline re-counts). Sentences with none skip the work.
 */
export function modelPairChooser(model: PairModel, threshold: number = model.threshold, onChosen?: (chosen: SentenceEvent, probability: number, unfinished: SentenceEvent) => void): PairChooser {
  return {
    choose(input) {
      if (!input.events.some(isUnfinishedLearned)) return input.events;
      const candidates = candidateMentions(input);
      return input.events.map((event) => {
        if (!isUnfinishedLearned(event)) return event;
        const best = bestPair(model, input, event, candidates);
        if (!best || best.probability < threshold) return event;
        const chosen = withPair(event, best.option);
        onChosen?.(chosen, best.probability, event);
        return chosen;
      });
    },
  };
}
