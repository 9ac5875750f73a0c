import type { PairModel } from '../../knowledge/events/pair-model.ts';
import type { PairChooser } from './learned-pairs.ts';
import { hasSettledSides, isUnfinishedLearned } from './learned-triggers.ts';
import { candidateMentions } from './learned-sides.ts';
import { DEFAULT_LOGISTIC_TRAINING, fitLogisticWeights, type LogisticTraining, type TrainingExample } from './logistic-model.ts';
import { pairOptions } from './pair-features.ts';
import type { EventCoding } from './score-event-codings.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** One candidate pair as training sees it: first three letters of each side (`---` for no target) and its features. */
export interface RecordedPair {
  readonly source: string;
  readonly target: string;
  readonly features: readonly string[];
}

/** An unfinished learned event of a sentence as training records it: its root and its candidate pairs. */
export interface RecordedPairEvent {
  readonly root: string;
  readonly pairs: readonly RecordedPair[];
}

/** What a sentence's recorder saw: its unfinished learned events, and the codings its finished events already make. */
export interface RecordedPairSentence {
  readonly events: readonly RecordedPairEvent[];
  readonly finished: readonly EventCoding[];
}

/**
 * A pair chooser that changes nothing and hands each sentence's unfinished learned events, with their candidate pairs,
 * and the codings of its finished events to `record` (only for sentences that hold such an event).
 */
export function recordingPairChooser(record: (sentence: RecordedPairSentence) => void): PairChooser {
  return {
    choose(input) {
      if (!input.events.some(isUnfinishedLearned)) return input.events;
      const candidates = candidateMentions(input);
      const events: RecordedPairEvent[] = [];
      const finished: EventCoding[] = [];
      for (const event of input.events) {
        const root = sentenceEventCode(event).slice(0, 2);
        if (isUnfinishedLearned(event)) {
          events.push({ root, pairs: pairOptions(input, event, candidates).map((option) => ({ source: (option.source.code ?? '').slice(0, 3), target: option.target ? (option.target.code ?? '').slice(0, 3) : '---', features: option.features })) });
        } else if (hasSettledSides(event)) {
          finished.push({ code: root, source: event.isSourceUnknown === true ? '---' : (event.source?.code ?? '').slice(0, 3), target: event.isTargetless === true ? '---' : (event.target?.code ?? '').slice(0, 3) });
        }
      }
      record({ events, finished });
      return input.events;
    },
  };
}

/**
 * The gold codings of a sentence its finished events do not already make, and each recorded event's pairs labelled:
 * a pair is right when a gold coding left has the event's root and the pair's two sides (first three letters). An
 * event whose root the gold lacks teaches that none of its pairs should be taken.
 */
export function labelPairs(sentence: RecordedPairSentence, gold: readonly EventCoding[]): TrainingExample[] {
  const left = new Set(gold.map(codingKey));
  for (const coding of sentence.finished) left.delete(codingKey(coding));
  return sentence.events.flatMap((event) => event.pairs.map((pair) => ({ features: pair.features, isRight: left.has(`${event.root}|${pair.source}|${pair.target}`) })));
}

/** The pair a perfect chooser would take for each recorded event (the first right one), as codings: the bound. */
export function rightPairs(sentence: RecordedPairSentence, gold: readonly EventCoding[]): EventCoding[] {
  const left = new Set(gold.map(codingKey));
  for (const coding of sentence.finished) left.delete(codingKey(coding));
  return sentence.events.flatMap((event) => {
    const right = event.pairs.find((pair) => left.has(`${event.root}|${pair.source}|${pair.target}`));
    return right ? [{ code: event.root, source: right.source, target: right.target }] : [];
  });
}

function codingKey(coding: EventCoding): string {
  return `${coding.code.slice(0, 2)}|${coding.source.slice(0, 3)}|${coding.target.slice(0, 3)}`;
}

/** Fits the pair model with the events stage's logistic regression (the same deterministic SGD), at a threshold. */
export function trainPairModel(examples: readonly TrainingExample[], threshold: number, training: LogisticTraining = DEFAULT_LOGISTIC_TRAINING): PairModel {
  return { kind: 'pair-model', threshold, weights: fitLogisticWeights(examples, training) };
}
