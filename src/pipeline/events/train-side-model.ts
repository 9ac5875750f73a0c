import type { SideModel } from '../../knowledge/events/side-model.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { sideOptions, type SideChoiceInput, type SideOptions } from './learned-sides.ts';
import { DEFAULT_LOGISTIC_TRAINING, fitLogisticWeights, type LogisticTraining, type TrainingExample } from './logistic-model.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import type { EventCoding } from './score-event-codings.ts';

/** One coded event as training sees it: its root, the rules' pair (first three letters) and its sides' candidates. */
export interface RecordedEvent {
  readonly root: string;
  readonly source: string;
  readonly target: string;
  readonly sides: readonly SideOptions[];
}

/**
 * An event of a sentence the rules coded, as both trainers record it (`---`: no target by nature, or a doer the report
 * does not know).
 */
export function recordSides(input: SideChoiceInput, event: SentenceEvent): RecordedEvent {
  const side = (isNone: boolean | undefined, code: string | undefined): string => (isNone === true ? '---' : (code ?? '?').slice(0, 3));
  return { root: sentenceEventCode(event).slice(0, 2), source: side(event.isSourceUnknown, event.source?.code), target: side(event.isTargetless, event.target?.code), sides: sideOptions(input, event) };
}

/**
 * Labels a sentence's recorded events from its gold codings. An event is matched to the gold coding of its root that
 * best agrees with the rules' pair; a candidate is right for a side when its first three letters are that coding's.
 * An event whose root the gold lacks teaches only that its open sides should stay open (every candidate wrong).
 */
export function labelSides(events: readonly RecordedEvent[], gold: readonly EventCoding[]): TrainingExample[] {
  const examples: TrainingExample[] = [];
  // Gold codings the rules' complete events already match are taken: a filled side that repeats one scores nothing.
  const left = [...gold];
  for (const event of events) {
    if (event.sides.some((entry) => entry.isOpen)) continue;
    const at = left.findIndex((coding) => coding.code.slice(0, 2) === event.root && coding.source.slice(0, 3) === event.source && coding.target.slice(0, 3) === event.target);
    if (at >= 0) left.splice(at, 1);
  }
  for (const event of events) if (!event.sides.some((entry) => entry.isOpen)) examples.push(...heldExamples(event, gold));
  for (const event of events) {
    if (!event.sides.some((entry) => entry.isOpen)) continue;
    const best = bestCoding(left, event);
    for (const { side, isOpen, options } of event.sides) {
      if (!isOpen) continue;
      // Filling one side makes a right coding only if the other side is right too: the label asks for both.
      const other = side === 'source' ? 'target' : 'source';
      const otherOpen = event.sides.find((entry) => entry.side === other)?.isOpen === true;
      const isOtherRight = best !== undefined && (otherOpen || best[other].slice(0, 3) === event[other]);
      examples.push(...labelled(options, best && isOtherRight ? best[side].slice(0, 3) : undefined));
    }
    if (best) left.splice(left.indexOf(best), 1);
  }
  return examples;
}

/**
 * A side the rules filled: where their pair is a gold coding, their choices are right; else the gold coding of the root
 * that shares one side with them says what the other side should have been. An event whose root the gold lacks is left
 * out: changing a side cannot make it right.
 */
function heldExamples(event: RecordedEvent, gold: readonly EventCoding[]): TrainingExample[] {
  const best = bestCoding(gold, event);
  if (!best) return [];
  return event.sides.flatMap(({ side, options }) => {
    const other = side === 'source' ? 'target' : 'source';
    return labelled(options, best[other].slice(0, 3) === event[other] ? best[side].slice(0, 3) : undefined);
  });
}

/** The first gold coding of the event's root that agrees with the most of the rules' pair (first three letters). */
function bestCoding(gold: readonly EventCoding[], event: RecordedEvent): EventCoding | undefined {
  let best: EventCoding | undefined;
  let bestAgreement = -1;
  for (const coding of gold) {
    if (coding.code.slice(0, 2) !== event.root) continue;
    const agreement = (coding.source.slice(0, 3) === event.source ? 1 : 0) + (coding.target.slice(0, 3) === event.target ? 1 : 0);
    if (agreement > bestAgreement) [best, bestAgreement] = [coding, agreement];
  }
  return best;
}

/** A side's candidates as examples: right when their first three letters are `right` (none is, when it is undefined). */
function labelled(options: SideOptions['options'], right: string | undefined): TrainingExample[] {
  return options.map((option) => ({ features: option.features, isRight: right !== undefined && (option.mention.code ?? '').slice(0, 3) === right }));
}

/** Fits the side model: the shared logistic regression (logistic-model.ts), with the chooser's threshold and margin. */
export function trainSideModel(examples: readonly TrainingExample[], settings: Pick<SideModel, 'threshold' | 'margin'>, training: LogisticTraining = DEFAULT_LOGISTIC_TRAINING): SideModel {
  return { kind: 'side-model', threshold: settings.threshold, margin: settings.margin, weights: fitLogisticWeights(examples, training) };
}
