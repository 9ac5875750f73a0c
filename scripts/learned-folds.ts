import type { GoldSentence } from '../src/cli/eval/events.ts';
import type { EventFilterModel } from '../src/knowledge/events/event-filter-model.ts';
import type { SideModel } from '../src/knowledge/events/side-model.ts';
import { eventFilterFeatures } from '../src/pipeline/events/event-filter-features.ts';
import { eventProbability, hasBothSides, isLeftAlone, type EventFilter } from '../src/pipeline/events/event-filter.ts';
import { modelSideChooser, type SideChooser } from '../src/pipeline/events/learned-sides.ts';
import type { TriggerProposer } from '../src/pipeline/events/learned-triggers.ts';
import { DEFAULT_LOGISTIC_TRAINING, type LogisticTraining, type TrainingExample } from '../src/pipeline/events/logistic-model.ts';
import { emptyEventCounts, scoreSentence, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { labelCodings, trainEventFilter, type RecordedCoding } from '../src/pipeline/events/train-event-filter.ts';
import { labelSides, recordSides, trainSideModel, type RecordedEvent } from '../src/pipeline/events/train-side-model.ts';
import { analyseSets, type AnalysedSet, type EventReplay, type LearnedStages } from './event-replay.ts';
import { outOfFoldProposers, recordRulesAloneForTriggers, type LabelledTrainingSentence } from './trigger-training.ts';

// The folds both learned stages are measured on, nested: a held-out set is coded by a side-chooser and a filter that
// never saw it, and the filter of its fold learns from events that choosers which never saw it either completed
// (each training set coded by a chooser trained on the fold's other training sets). Shared by `train:filter` and the
// learning curve, which differ only in which sets a fold trains on.

/** One event with both sides as the filter sees it, and whether the filter may drop it at all (`isLeftAlone`). */
export interface FilterView extends RecordedCoding {
  readonly isSpared: boolean;
}

/** One sentence's gold codings and its events as the filter sees them. */
export interface FilterSentence {
  readonly gold: GoldSentence;
  readonly events: readonly FilterView[];
}

/** How the filter's examples are made and fitted (the trainer's flags). */
export interface FilterTraining {
  readonly training: LogisticTraining;
  /** Feature families left out (prefixes), for trying variants. */
  readonly dropped: readonly string[];
}

export const DEFAULT_FILTER_TRAINING: FilterTraining = { training: DEFAULT_LOGISTIC_TRAINING, dropped: [] };

/** A set coded by a side-chooser: its figures, and each sentence's events as the filter sees them. */
export interface SetView {
  readonly counts: EventScoreCounts;
  readonly sentences: readonly FilterSentence[];
}

/** The sets analysed once, their rules-alone figures and the side-chooser's labelled candidates, per set. */
export interface LearnedFolds {
  readonly replay: EventReplay;
  readonly rulesAlone: ReadonlyMap<string, EventScoreCounts>;
  readonly sideExamples: ReadonlyMap<string, readonly TrainingExample[]>;
  set(name: string): AnalysedSet;
  /** The stages before the filter a set is coded with: its out-of-fold proposer, when the folds are behind one. */
  upstreamOf(name: string, chooser: SideChooser): Omit<LearnedStages, 'eventFilter'>;
  /** A chooser trained on these sets (fits are cached by the sorted names: the nested folds share many). */
  chooserOn(names: readonly string[]): SideChooser;
  /**
   * A set coded by a chooser, as the filter sees its events, with the chooser's figures on it; kept for the next asker
   * when `isKept` (the learning curve's folds share them, leave-one-out's inner folds never do).
   */
  filterViewOf(name: string, chooserSets: readonly string[], filterTraining?: FilterTraining, isKept?: boolean): SetView;
  /** Drops the kept views and choosers (memory), once no later fold can share them. */
  forget(): void;
}

/**
 * Each set scored before a chooser that changes nothing, recording the chooser's labelled examples: behind the rules
 * alone, or, given `proposers`, behind each set's own proposer (a set without one, a strict fold's held-out set, skipped).
 */
export function recordSideExamples(replay: EventReplay, proposers?: ReadonlyMap<string, TriggerProposer>): { counts: Map<string, EventScoreCounts>; sideExamples: Map<string, TrainingExample[]> } {
  const counts = new Map<string, EventScoreCounts>();
  const sideExamples = new Map<string, TrainingExample[]>();
  let recording: RecordedEvent[] = [];
  const recorder: SideChooser = {
    choose(input) {
      for (const event of input.events) recording.push(recordSides(input, event));
      return input.events;
    },
  };
  for (const set of replay.sets) {
    const triggerProposer = proposers?.get(set.name);
    if (proposers && !triggerProposer) continue;
    const labelled: TrainingExample[] = [];
    recording = [];
    counts.set(set.name, replay.score(set, { sideChooser: recorder, ...(triggerProposer ? { triggerProposer } : {}) }, ({ gold }) => {
      labelled.push(...labelSides(recording, gold.codings));
      recording = [];
    }));
    sideExamples.set(set.name, labelled);
  }
  return { counts, sideExamples };
}

/** What the folds are trained from: the rules-alone figures and the chooser's labelled examples, per set. */
export interface RecordedFolds {
  readonly rulesAlone: Map<string, EventScoreCounts>;
  /** Recorded behind the rules alone, or behind each set's out-of-fold proposer when the folds are behind one. */
  readonly sideExamples: Map<string, TrainingExample[]>;
  readonly proposers?: ReadonlyMap<string, TriggerProposer>;
  /** Each set's figures behind its out-of-fold proposer (what the chooser reads there). */
  readonly withProposer?: Map<string, EventScoreCounts>;
}

/** The folds recorded behind the rules alone, or, given the proposer's threshold, behind each set's out-of-fold proposer. */
export function recordFolds(replay: EventReplay, proposerThreshold?: number): RecordedFolds {
  if (proposerThreshold !== undefined) return recordBehindOutOfFoldProposers(replay, proposerThreshold);
  const { counts, sideExamples } = recordSideExamples(replay);
  return { rulesAlone: counts, sideExamples };
}

/** Folds behind out-of-fold proposers, with the rules-alone recordings they were made from (`cv:behind-proposer` retrains on both). */
export interface FoldsBehindProposers extends Required<RecordedFolds> {
  readonly candidates: Map<string, LabelledTrainingSentence[]>;
  /** The chooser's labelled examples behind the rules alone. */
  readonly rulesSideExamples: Map<string, TrainingExample[]>;
}

/**
 * The rules alone scored, with the trigger proposer's candidates and the chooser's examples recorded on the way, and the
 * chooser's examples recorded again behind each set's out-of-fold proposer (those trained on the other sets' candidates).
 */
export function recordBehindOutOfFoldProposers(replay: EventReplay, threshold: number): FoldsBehindProposers {
  const { candidates, sideExamples: rulesSideExamples, rulesAlone } = recordRulesAloneForTriggers(replay);
  const proposers = outOfFoldProposers(candidates, replay.sets.map((set) => set.name), threshold);
  const behind = recordSideExamples(replay, proposers);
  return { rulesAlone, candidates, rulesSideExamples, sideExamples: behind.sideExamples, proposers, withProposer: behind.counts };
}

/**
 * Analyses the sets once and records the rules' events; `sideSettings` is the chooser's threshold and margin. With
 * `proposerThreshold`, the stages are trained behind the trigger proposer, as they run: each set's events are proposed
 * by a proposer trained on the other sets (out of fold, at that threshold), the chooser's examples are recorded behind
 * it and every view of the set is coded with it.
 */
export async function prepareFolds(sets: readonly { name: string; sentences: readonly GoldSentence[] }[], sideSettings: Pick<SideModel, 'threshold' | 'margin'>, proposerThreshold?: number): Promise<LearnedFolds> {
  const replay = await analyseSets(sets);
  const { rulesAlone, sideExamples, proposers } = recordFolds(replay, proposerThreshold);
  const byName = new Map(replay.sets.map((set) => [set.name, set]));
  const choosers = new Map<string, SideChooser>();
  const views = new Map<string, SetView>();
  const keyOf = (names: readonly string[]): string => [...names].sort().join(',');
  const folds: LearnedFolds = {
    replay,
    rulesAlone,
    sideExamples,
    set: (name) => byName.get(name) as AnalysedSet,
    upstreamOf(name, sideChooser) {
      const triggerProposer = proposers?.get(name);
      return { sideChooser, ...(triggerProposer ? { triggerProposer } : {}) };
    },
    chooserOn(names) {
      const key = keyOf(names);
      let chooser = choosers.get(key);
      if (!chooser) {
        chooser = modelSideChooser(trainSideModel(names.flatMap((name) => sideExamples.get(name) ?? []), sideSettings), sideSettings);
        choosers.set(key, chooser);
      }
      return chooser;
    },
    filterViewOf(name, chooserSets, filterTraining = DEFAULT_FILTER_TRAINING, isKept = true) {
      const key = `${name}|${keyOf(chooserSets)}|${filterTraining.dropped.join(',')}`;
      let view = views.get(key);
      if (!view) {
        view = viewSet(replay, folds.set(name), folds.upstreamOf(name, folds.chooserOn(chooserSets)), filterTraining.dropped);
        if (isKept) views.set(key, view);
      }
      return view;
    },
    forget() {
      views.clear();
      choosers.clear();
    },
  };
  return folds;
}

/**
 * Codes a set with a pass's upstream stages (a chooser, and the proposer when the filter is trained behind it) and a
 * filter that keeps every event, recording what the filter reads of each.
 */
/** The features outside the dropped families (key prefixes such as `word=`). */
export function withoutFamilies(features: readonly string[], dropped: readonly string[]): string[] {
  return features.filter((feature) => !dropped.some((prefix) => feature.startsWith(prefix)));
}

export function viewSet(replay: EventReplay, set: AnalysedSet, stages: Omit<LearnedStages, 'eventFilter'>, dropped: readonly string[]): SetView {
  let recording: FilterView[] = [];
  const recorder: EventFilter = {
    keep(input) {
      for (const [at, event] of input.coded.entries()) {
        if (!hasBothSides(event)) continue;
        const features = withoutFamilies(eventFilterFeatures(input, at), dropped);
        recording.push({ root: event.code.slice(0, 2), source: (event.sourceCode ?? '---').slice(0, 3), target: (event.targetCode ?? '---').slice(0, 3), features, isSpared: isLeftAlone(input, at) });
      }
      return input.coded.map(() => true);
    },
  };
  const sentences: FilterSentence[] = [];
  const counts = replay.score(set, { ...stages, eventFilter: recorder }, ({ gold }) => {
    sentences.push({ gold, events: recording });
    recording = [];
  });
  return { counts, sentences };
}

/** A held-out set's fold: the chooser and filter trained on `pool` (which must not hold it), nested as above. */
export interface NestedFold {
  readonly held: string;
  /** The held-out set coded by the fold's chooser, as the filter sees it, and the chooser's figures on it. */
  readonly view: SetView;
  readonly filter: EventFilterModel;
  readonly chooser: SideChooser;
}

// A fold's filter is re-counted at every threshold tried (`recountAt`), so the threshold its model file would carry is
// never read: any value does.
const UNREAD_THRESHOLD = 0.5;

/** Trains one nested fold: each set of the pool coded by a chooser trained on the pool's other sets. */
export function nestedFold(folds: LearnedFolds, held: string, pool: readonly string[], filterTraining: FilterTraining = DEFAULT_FILTER_TRAINING, isKept = false): NestedFold {
  if (pool.includes(held)) throw new Error(`The fold of ${held} trains on it.`);
  const examples = pool.flatMap((name) => filterExamples(folds.filterViewOf(name, pool.filter((other) => other !== name), filterTraining, isKept).sentences));
  return { held, view: folds.filterViewOf(held, pool, filterTraining), filter: trainEventFilter(examples, UNREAD_THRESHOLD, filterTraining.training), chooser: folds.chooserOn(pool) };
}

/** A set's recorded events labelled as the eval matches them. */
export function filterExamples(sentences: readonly FilterSentence[]): TrainingExample[] {
  return sentences.flatMap(({ gold, events }) => labelCodings(events, gold.codings));
}

/** Options of an offline re-count: which events may be dropped. */
export interface RecountOptions {
  /** Leave spared events alone, as the filter does at run time (false measures the filter without sparing). */
  readonly spare: boolean;
  /** Let only the events holding this feature be dropped (e.g. `step=learned-side`); every event is still scored. */
  readonly only?: string;
}

/**
 * A fold's held-out figures at a threshold, re-counted offline: a dropped event only removes its coding. (The counts
 * also hold a denied claim's content, which `eval events` leaves out: the trainer re-runs the chosen threshold whole.)
 */
export function recountAt(fold: Pick<NestedFold, 'view' | 'filter'>, threshold: number, options: RecountOptions = { spare: true }): EventScoreCounts {
  const counts = emptyEventCounts();
  for (const { gold, events } of fold.view.sentences) {
    const kept = events.filter((event) => (options.only !== undefined && !event.features.includes(options.only)) || (options.spare && event.isSpared) || eventProbability(fold.filter, event.features) >= threshold);
    scoreSentence(gold.codings, kept.map((event) => ({ code: event.root, source: event.source, target: event.target })), counts);
  }
  return counts;
}
