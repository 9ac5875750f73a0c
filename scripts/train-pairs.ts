// Trains the learned pair chooser on the development event sets (bench/events-sets, written for this project by outside
// coders), prints nested leave-one-set-out dyad+root figures and writes src/knowledge/events/pair-model.json.
// Columns: rules alone; no proposer (rules + side-chooser, + filter: main before session 19's end); + the trigger proposer (its one-sided events completed by
// the chooser, the rest dropped: L7); + the proposer + the pair chooser at each threshold; with and without the filter.
// Nesting: for each held-out set, the proposer, the side-chooser, the pair chooser and the filter are all trained
// without it. Every set is coded by the fold's proposer and chooser (in-sample on the other sets, never on the held-out
// one) to give the fold's pair chooser and filter their examples, as `train:triggers` does.
// Usage: npm run train:pairs [-- --no-write] [-- --thresholds 0.3,0.5] [-- --filter-thresholds 0.2] [-- --sets a,b]
//   [-- --held a,b] [-- --oracle] [-- --cross-fit 4] [-- --progress] [-- --weak-labels] [-- --no-cv] (writes the model at the first
//   threshold listed). The committed pair model and L8's figures (session 19) were made with `--weak-labels`: the proposer
//   behind it trained on L7's weak labels, as it was then.
import { BUILTIN_PAIR_MODEL, savePairModel, type PairModel } from '../src/knowledge/events/pair-model.ts';
import { loadSideModel } from '../src/knowledge/events/side-model.ts';
import { loadEventFilterModel } from '../src/knowledge/events/event-filter-model.ts';
import type { SentenceEvent } from '../src/pipeline/events/code-sentence.ts';
import { eventFilterFeatures } from '../src/pipeline/events/event-filter-features.ts';
import { eventProbability, hasBothSides, isLeftAlone, type EventFilter } from '../src/pipeline/events/event-filter.ts';
import { modelPairChooser } from '../src/pipeline/events/learned-pairs.ts';
import { modelSideChooser, type SideChooser } from '../src/pipeline/events/learned-sides.ts';
import { modelTriggerProposer, type TriggerProposer } from '../src/pipeline/events/learned-triggers.ts';
import type { TrainingExample } from '../src/pipeline/events/logistic-model.ts';
import { emptyEventCounts, scoreSentence, type EventCoding, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { labelCodings, trainEventFilter, type RecordedCoding } from '../src/pipeline/events/train-event-filter.ts';
import { labelPairs, recordingPairChooser, rightPairs, trainPairModel, type RecordedPairSentence } from '../src/pipeline/events/train-pair-model.ts';
import { trainSideModel } from '../src/pipeline/events/train-side-model.ts';
import { trainTriggerModel } from '../src/pipeline/events/train-trigger-model.ts';
import { f1Of, figure, pooledCounts, setsLine, warnIfRecountDiffers } from './event-score-figures.ts';
import { analyseSets, type AnalysedSet, type LearnedStages } from './event-replay.ts';
import { EVENT_TRAINING_SETS, listArg, loadTrainingSets } from './event-training-sets.ts';
import { oracleProposer, patternRoots, recordRulesAloneForTriggers, triggerExamples, type TriggerLabelSource } from './trigger-training.ts';

const args = process.argv.slice(2);
const SETS = listArg(args, 'sets') ?? EVENT_TRAINING_SETS;
const THRESHOLDS = (listArg(args, 'thresholds') ?? ['0.5']).map(Number);
const FILTER_THRESHOLDS = (listArg(args, 'filter-thresholds') ?? [String(loadEventFilterModel().threshold)]).map(Number);
// The proposer's threshold when L8 measured the pair chooser (L7's, chosen on its folds; the committed proposer's is now 0.3):
// the pair chooser is measured behind it, not re-tuned.
const PROPOSER_THRESHOLD = 0.4;
// The coders' trigger words, as `train:triggers` now trains the proposer; `--weak-labels` gives L8's proposer (L7's labels).
const LABELS: TriggerLabelSource = args.includes('--weak-labels') ? 'weak' : 'real';
const sideSettings = loadSideModel();
const replay = await analyseSets(loadTrainingSets(SETS));
const setOf = new Map(replay.sets.map((set) => [set.name, set]));
const others = (held: string): string[] => SETS.filter((name) => name !== held);

// The rules alone, recording the proposer's candidates and the side-chooser's examples.
const { candidates, sideExamples, rulesAlone } = recordRulesAloneForTriggers(replay);
const ROOTS = patternRoots();
const proposerOf = (names: readonly string[]): TriggerProposer => ({ ...modelTriggerProposer(trainTriggerModel(triggerExamples(names.flatMap((name) => candidates.get(name) ?? []), ROOTS, LABELS)), PROPOSER_THRESHOLD), keepsUnsided: true });
const chooserOf = (names: readonly string[]): SideChooser => modelSideChooser(trainSideModel(names.flatMap((name) => sideExamples.get(name) ?? []), sideSettings), sideSettings);

const line = (label: string, bySet: ReadonlyMap<string, EventScoreCounts>): string => setsLine(label, SETS, bySet);
console.log(line('rules alone', rulesAlone));

/** One event with both sides as the filter sees it, whether it is a proposal's, and its pair's probability if chosen. */
interface ViewedCoding extends RecordedCoding {
  readonly isSpared: boolean;
  readonly isLearned: boolean;
  /** The pair chooser's probability for an event it gave sides to; 2 for any other. */
  readonly pair: number;
  /** What the rules had made of a paired proposal: one side, none, or a refused reading (`PairOrigin`). */
  readonly origin?: PairOrigin;
}
interface ViewedSentence {
  readonly gold: readonly EventCoding[];
  readonly codings: readonly ViewedCoding[];
  readonly pairs: RecordedPairSentence | undefined;
}
interface SetRun {
  readonly counts: EventScoreCounts;
  readonly sentences: readonly ViewedSentence[];
}

type PairOrigin = 'one-side' | 'no-side' | 'refused';
/** A chosen pair's probability and what the rules had made of its proposal, by the chosen event. */
type PairsTaken = WeakMap<SentenceEvent, { probability: number; origin: PairOrigin }>;
const originOf = (event: SentenceEvent): PairOrigin => (event.rule?.endsWith('+refused') ? 'refused' : event.source?.code !== undefined || event.target?.code !== undefined ? 'one-side' : 'no-side');
const recordingPairs = (taken: PairsTaken) => (chosen: SentenceEvent, probability: number, unfinished: SentenceEvent): void => void taken.set(chosen, { probability, origin: originOf(unfinished) });
// Which paired proposals a variant keeps, by what the rules had made of them.
const ORIGINS: Readonly<Record<string, readonly PairOrigin[]>> = { all: ['one-side', 'no-side', 'refused'], 'not refused': ['one-side', 'no-side'], 'one side': ['one-side'] };

/** Codes a set with the stages given, recording what the filter sees of each finished event (the filter keeps all). */
function runSet(set: AnalysedSet, stages: Omit<LearnedStages, 'eventFilter'>, pairOf: PairsTaken = new WeakMap(), recordPairs = false, afterSentence?: () => void): SetRun {
  let codings: ViewedCoding[] = [];
  let pairs: RecordedPairSentence | undefined;
  const recorder: EventFilter = {
    keep(input) {
      for (const [at, event] of input.coded.entries()) {
        if (!hasBothSides(event)) continue;
        const sentenceEvent = input.events[at] as SentenceEvent;
        const taken = pairOf.get(sentenceEvent);
        codings.push({ root: event.code.slice(0, 2), source: (event.sourceCode ?? '---').slice(0, 3), target: (event.targetCode ?? '---').slice(0, 3), features: eventFilterFeatures(input, at), isSpared: isLeftAlone(input, at), isLearned: sentenceEvent.pattern.isLearned === true, pair: taken?.probability ?? 2, ...(taken ? { origin: taken.origin } : {}) });
      }
      return input.coded.map(() => true);
    },
  };
  const sentences: ViewedSentence[] = [];
  const pairChooser = recordPairs ? recordingPairChooser((sentence) => (pairs = sentence)) : stages.pairChooser;
  const counts = replay.score(set, { ...stages, ...(pairChooser ? { pairChooser } : {}), eventFilter: recorder }, ({ gold }) => {
    sentences.push({ gold: gold.codings, codings, pairs });
    codings = [];
    pairs = undefined;
    afterSentence?.();
  });
  return { counts, sentences };
}

/** A set's counts keeping the codings `keep` accepts, plus `extra` codings per sentence (an offline re-count). */
function recount(run: SetRun, keep: (coding: ViewedCoding) => boolean, extra?: (sentence: ViewedSentence) => EventCoding[]): EventScoreCounts {
  const counts = emptyEventCounts();
  for (const sentence of run.sentences) scoreSentence(sentence.gold, [...sentence.codings.filter(keep).map((coding) => ({ code: coding.root, source: coding.source, target: coding.target })), ...(extra?.(sentence) ?? [])], counts);
  return counts;
}

const pairExamples = (run: SetRun): TrainingExample[] => run.sentences.flatMap((sentence) => (sentence.pairs ? labelPairs(sentence.pairs, sentence.gold) : []));
const pairModelOf = (runs: readonly SetRun[], threshold: number): PairModel => trainPairModel(runs.flatMap(pairExamples), threshold);

// `--cross-fit K`: the pair chooser learns from proposals made by proposers that never saw the set they propose on
// (the pool split in K groups by position, each coded by a proposer trained on the other groups), as at run time on new
// text; without it, from the fold's own proposer, which saw every set it proposes on.
const CROSS_FIT = Number(listArg(args, 'cross-fit')?.[0] ?? 0);

/** The pool's sets coded for the pair chooser's examples: by the fold's proposer, or cross-fitted (`--cross-fit`). */
function pairTrainingRuns(pool: readonly string[], chooser: SideChooser, inSample: ReadonlyMap<string, SetRun>): SetRun[] {
  if (CROSS_FIT < 2) return pool.map((name) => inSample.get(name) as SetRun);
  const runs: SetRun[] = [];
  for (let group = 0; group < CROSS_FIT; group++) {
    const members = pool.filter((_name, at) => at % CROSS_FIT === group);
    const proposer = proposerOf(pool.filter((name) => !members.includes(name)));
    for (const name of members) runs.push(runSet(setOf.get(name) as AnalysedSet, { triggerProposer: proposer, sideChooser: chooser }, undefined, true));
  }
  return runs;
}

/** The held-out set's counts under a filter trained on the other sets' kept codings, at each filter threshold. */
function filtered(runs: ReadonlyMap<string, SetRun>, held: string, keep: (coding: ViewedCoding) => boolean): EventScoreCounts[] {
  const examples = others(held).flatMap((name) => (runs.get(name)?.sentences ?? []).flatMap((sentence) => labelCodings(sentence.codings.filter(keep), sentence.gold)));
  const filter = trainEventFilter(examples, 0.5);
  const heldRun = runs.get(held) as SetRun;
  return FILTER_THRESHOLDS.map((threshold) => recount(heldRun, (coding) => keep(coding) && (coding.isSpared || eventProbability(filter, coding.features) >= threshold)));
}

if (args.includes('--no-cv')) {
  writeModel(THRESHOLDS[0] ?? 0.5);
  process.exit(0);
}

type Column = Map<string, EventScoreCounts>;
const columns = new Map<string, Column>();
const put = (label: string, held: string, counts: EventScoreCounts): void => {
  if (!columns.has(label)) columns.set(label, new Map());
  columns.get(label)?.set(held, counts);
};
const isOracle = args.includes('--oracle');
const HELD = listArg(args, 'held') ?? SETS;
const minimum = Math.min(...THRESHOLDS);
for (const held of HELD) {
  const started = Date.now();
  const chooser = chooserOf(others(held));
  const proposer = proposerOf(others(held));
  // Main: the rules and the chooser. L7: the proposer too, its unfinished events recorded for the pair chooser, then dropped.
  const mainRuns = new Map(replay.sets.map((set) => [set.name, runSet(set, { sideChooser: chooser })]));
  const proposerRuns = new Map(replay.sets.map((set) => [set.name, runSet(set, { triggerProposer: proposer, sideChooser: chooser }, undefined, true)]));
  const pairModel = pairModelOf(pairTrainingRuns(others(held), chooser, proposerRuns), minimum);
  // Each threshold is its own run, as at run time: a pair under it must not stay in the sentence, where the filter's
  // features count the sentence's events (an offline re-count at a lower threshold would count it).
  const pairRunsOf = (model: PairModel, threshold: number): Map<string, SetRun> => {
    const pairOf: PairsTaken = new WeakMap();
    const pairChooser = modelPairChooser(model, threshold, recordingPairs(pairOf));
    return new Map(replay.sets.map((set) => [set.name, runSet(set, { triggerProposer: proposer, sideChooser: chooser, pairChooser }, pairOf)]));
  };
  const all = (): boolean => true;
  warnIfRecountDiffers(`main, ${held}`, mainRuns.get(held)?.counts, recount(mainRuns.get(held) as SetRun, all));
  warnIfRecountDiffers(`proposer, ${held}`, proposerRuns.get(held)?.counts, recount(proposerRuns.get(held) as SetRun, all));
  put('no proposer: rules + chooser', held, (mainRuns.get(held) as SetRun).counts);
  for (const [at, counts] of filtered(mainRuns, held, all).entries()) put(`no proposer: + filter t=${FILTER_THRESHOLDS[at]}`, held, counts);
  put('+ proposer (L7, one-sided completed by the chooser)', held, (proposerRuns.get(held) as SetRun).counts);
  for (const [at, counts] of filtered(proposerRuns, held, all).entries()) put(`+ proposer + filter t=${FILTER_THRESHOLDS[at]}`, held, counts);
  put('+ proposer + perfect pair choice (bound)', held, recount(proposerRuns.get(held) as SetRun, all, (sentence) => (sentence.pairs ? rightPairs(sentence.pairs, sentence.gold) : [])));
  // With `--cross-fit`, the in-sample variant is measured on the same folds too, for a like-for-like comparison.
  const variants: [string, PairModel][] = [['', pairModel], ...(CROSS_FIT >= 2 ? [[' in-sample', pairModelOf(others(held).map((name) => proposerRuns.get(name) as SetRun), minimum)] as [string, PairModel]] : [])];
  for (const [variant, model] of variants) {
    for (const threshold of THRESHOLDS) {
      const runs = pairRunsOf(model, threshold);
      warnIfRecountDiffers(`pairs${variant} t=${threshold}, ${held}`, runs.get(held)?.counts, recount(runs.get(held) as SetRun, all));
      // The origin variants are offline re-counts: the events of the origins left out still count for the filter.
      for (const [name, origins] of Object.entries(ORIGINS)) {
        const keep = (coding: ViewedCoding): boolean => coding.origin === undefined || origins.includes(coding.origin);
        const label = `+ proposer + pairs${variant} t=${threshold}${name === 'all' ? '' : ` (${name})`}`;
        put(label, held, recount(runs.get(held) as SetRun, keep));
        for (const [at, counts] of filtered(runs, held, keep).entries()) put(`${label} + filter t=${FILTER_THRESHOLDS[at]}`, held, counts);
      }
    }
  }
  if (isOracle) {
    // Each set's own gold-derived labels proposed (the coders' triggers, or L7's weak ones with --weak-labels; no model, a
    // bound), read by the fold's chooser and pair chooser.
    const set = setOf.get(held) as AnalysedSet;
    const oracle = oracleProposer(candidates.get(held) ?? [], ROOTS, false, LABELS);
    const replayWith = (stages: Omit<LearnedStages, 'eventFilter'>, recordPairs: boolean, pairs?: PairsTaken): SetRun => {
      // The oracle's labels are queued per gold sentence, before it is coded.
      let sentenceAt = 0;
      oracle.startSentence(sentenceAt);
      return runSet(set, { ...stages, triggerProposer: { ...oracle.proposer, keepsUnsided: true } }, pairs, recordPairs, () => oracle.startSentence(++sentenceAt));
    };
    const oracleRun = replayWith({ sideChooser: chooser }, true);
    put('oracle + chooser (one-sided completed)', held, oracleRun.counts);
    put('oracle + perfect pair choice (bound)', held, recount(oracleRun, all, (sentence) => (sentence.pairs ? rightPairs(sentence.pairs, sentence.gold) : [])));
    const oraclePairs: PairsTaken = new WeakMap();
    const oracleRunPairs = replayWith({ sideChooser: chooser, pairChooser: modelPairChooser(pairModel, minimum, recordingPairs(oraclePairs)) }, false, oraclePairs);
    for (const threshold of THRESHOLDS) put(`oracle + pairs t=${threshold}`, held, recount(oracleRunPairs, (coding) => coding.pair >= threshold));
  }
  process.stderr.write(`${held}: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  // A long run's figures so far, pooled over the folds done (`--progress`).
  if (args.includes('--progress')) for (const [label, bySet] of columns) process.stderr.write(`  ${label}: ${figure(pooledCounts(bySet.values()))} (F1 ${f1Of(pooledCounts(bySet.values())).toFixed(4)})\n`);
}
let chosen = { f1: -1, threshold: THRESHOLDS[0] ?? 0.5 };
for (const [label, bySet] of columns) {
  console.log(line(label, bySet));
  const match = /^\+ proposer \+ pairs t=([\d.]+) \+ filter t=([\d.]+)$/.exec(label);
  // The pair threshold is chosen at the committed filter threshold (the first listed).
  if (match && Number(match[2]) === FILTER_THRESHOLDS[0] && f1Of(pooledCounts(bySet.values())) > chosen.f1) chosen = { f1: f1Of(pooledCounts(bySet.values())), threshold: Number(match[1]) };
}
console.log(`chosen by pooled nested CV F1 (with the filter): t=${chosen.threshold} (F1 ${chosen.f1.toFixed(4)})`);
if (!args.includes('--no-write') && !args.includes('--held') && !isOracle) writeModel(chosen.threshold);

/** The committed model: trained on every set's proposals, coded by a proposer and chooser trained on every set. */
function writeModel(threshold: number): void {
  const proposer = proposerOf(SETS);
  const chooser = chooserOf(SETS);
  const inSample = CROSS_FIT < 2 ? new Map(replay.sets.map((set) => [set.name, runSet(set, { triggerProposer: proposer, sideChooser: chooser }, undefined, true)])) : new Map<string, SetRun>();
  const model = { ...pairModelOf(pairTrainingRuns(SETS, chooser, inSample), threshold), trainedOn: SETS };
  savePairModel(BUILTIN_PAIR_MODEL, model);
  console.log(`wrote ${BUILTIN_PAIR_MODEL}: threshold ${threshold}, ${Object.keys(model.weights).length} features, trained on ${SETS.join(', ')}`);
}
