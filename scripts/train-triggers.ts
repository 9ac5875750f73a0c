// Trains the learned trigger proposer on the development event sets (bench/events-sets, written for this project by
// outside coders), prints nested leave-one-set-out dyad+root figures — rules alone; the rules with the side-chooser and
// the event filter as at main; the same with the proposer before them — and writes src/knowledge/events/trigger-model.json.
// Nesting: for each held-out set, the proposer, the side-chooser and the filter are all trained without it; every other
// set is coded with that fold's proposer and chooser to give the fold's filter its examples, so no model that produced
// the held-out set's events, or the filter's training events, saw it.
// Usage: npm run train:triggers [-- --no-write] [-- --thresholds 0.4,0.5] [-- --filter-thresholds 0.1,0.15]
//   [-- --one-sided] [-- --oracle] [-- --weak-labels] [-- --sets dev12,dev13] [-- --held dev12] [-- --no-cv] (writes the model at the first
//   threshold listed)
import { scoreGoldSentence, type GoldSentence } from '../src/cli/eval/events.ts';
import { BUILTIN_TRIGGER_MODEL, saveTriggerModel, type TriggerModel } from '../src/knowledge/events/trigger-model.ts';
import { loadSideModel } from '../src/knowledge/events/side-model.ts';
import { loadEventFilterModel } from '../src/knowledge/events/event-filter-model.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import { eventFilterFeatures } from '../src/pipeline/events/event-filter-features.ts';
import { eventProbability, hasBothSides, isLeftAlone, type EventFilter } from '../src/pipeline/events/event-filter.ts';
import { modelSideChooser, type SideChooser } from '../src/pipeline/events/learned-sides.ts';
import { modelTriggerProposer, type TriggerProposer } from '../src/pipeline/events/learned-triggers.ts';
import type { TrainingExample } from '../src/pipeline/events/logistic-model.ts';
import { emptyEventCounts, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { labelCodings, trainEventFilter } from '../src/pipeline/events/train-event-filter.ts';
import { labelSides, recordSides, trainSideModel, type RecordedEvent } from '../src/pipeline/events/train-side-model.ts';
import { trainTriggerModel } from '../src/pipeline/events/train-trigger-model.ts';
import type { TriggerTrainingSentence } from '../src/pipeline/events/weak-trigger-labels.ts';
import { f1Of, pooledCounts, setsLine, warnIfRecountDiffers } from './event-score-figures.ts';
import { EVENT_TRAINING_SETS, listArg, loadTrainingSets } from './event-training-sets.ts';
import { goldTriggersOf, oracleProposer, patternRoots, recordingProposer, recount, triggerExamples, type CodedSentence, type LabelledTrainingSentence, type ScoredCoding, type TriggerLabelSource } from './trigger-training.ts';

const args = process.argv.slice(2);
const SETS = listArg(args, 'sets') ?? EVENT_TRAINING_SETS;
// By default the committed threshold alone (0.3: the best pooled nested CV F1 of 0.3–0.7 with the coders' labels in session
// 19, `npm run cv:trigger-labels`), so that retraining is one command that keeps it; pass a list to compare thresholds.
const THRESHOLDS = (listArg(args, 'thresholds') ?? ['0.3']).map(Number);
const FILTER_THRESHOLDS = (listArg(args, 'filter-thresholds') ?? [String(loadEventFilterModel().threshold)]).map(Number);
const isOneSided = args.includes('--one-sided');
// The coders' trigger words by default (session 19); `--weak-labels` trains on L7's labels read off the gold codes.
const LABELS: TriggerLabelSource = args.includes('--weak-labels') ? 'weak' : 'real';
const sideSettings = loadSideModel();
const sets = loadTrainingSets(SETS);

// One analyzer whose three learned stages are swapped between passes; the recorders change nothing.
let triggerRecording: TriggerTrainingSentence['candidates'][number][] = [];
const triggerRecorder = recordingProposer((candidate) => triggerRecording.push(candidate));
let proposer: TriggerProposer = triggerRecorder;
// The probability of the proposal behind each learned event of the sentence being coded, by trigger token.
let proposed = new Map<number, number>();
let sideRecording: RecordedEvent[] = [];
const sideRecorder: SideChooser = {
  choose(input) {
    for (const event of input.events) sideRecording.push(recordSides(input, event));
    return input.events;
  },
};
let chooser: SideChooser = sideRecorder;
let filterRecording: ScoredCoding[] = [];
const filterRecorder: EventFilter = {
  keep(input) {
    for (const [at, event] of input.coded.entries()) {
      if (!hasBothSides(event)) continue;
      const trigger = input.events[at]?.trigger ?? -1;
      const proposal = input.events[at]?.pattern.isLearned ? (proposed.get(trigger) ?? 0) : 2;
      filterRecording.push({ root: event.code.slice(0, 2), source: (event.sourceCode ?? '---').slice(0, 3), target: (event.targetCode ?? '---').slice(0, 3), features: eventFilterFeatures(input, at), proposal, isSpared: isLeftAlone(input, at) });
    }
    return input.coded.map(() => true);
  },
};
const analyzer = await createAnalyzer({
  learnedTriggers: {
    propose: (view) => {
      const proposals = proposer.propose(view);
      for (const proposal of proposals) proposed.set(proposal.index, proposal.probability);
      return proposals;
    },
    mayPropose: (tokens, sentence) => proposer.mayPropose?.(tokens, sentence) ?? true,
    ...(isOneSided ? { keepsOneSided: true } : {}),
  },
  learnedSides: { choose: (input) => chooser.choose(input) },
  eventFilter: { keep: (input) => filterRecorder.keep(input) },
});

function codeSet(sentences: readonly GoldSentence[], beforeSentence?: (at: number) => void): { counts: EventScoreCounts; coded: CodedSentence[] } {
  const counts = emptyEventCounts();
  const coded: CodedSentence[] = [];
  for (const [at, sentence] of sentences.entries()) {
    triggerRecording = [];
    sideRecording = [];
    filterRecording = [];
    proposed = new Map();
    beforeSentence?.(at);
    scoreGoldSentence(analyzer, sentence, counts);
    coded.push({ gold: sentence.codings, codings: filterRecording });
  }
  return { counts, coded };
}

// The rules alone, recording the proposer's candidates and the chooser's examples.
const candidates = new Map<string, LabelledTrainingSentence[]>();
const sideExamples = new Map<string, TrainingExample[]>();
const rulesAlone = new Map<string, EventScoreCounts>();
for (const { name, sentences } of sets) {
  const recorded: LabelledTrainingSentence[] = [];
  const sides: TrainingExample[] = [];
  const counts = emptyEventCounts();
  for (const sentence of sentences) {
    triggerRecording = [];
    sideRecording = [];
    scoreGoldSentence(analyzer, sentence, counts);
    recorded.push({ candidates: triggerRecording, goldCodes: sentence.codings.map((coding) => coding.code), goldTriggers: goldTriggersOf(sentence) });
    sides.push(...labelSides(sideRecording, sentence.codings));
  }
  candidates.set(name, recorded);
  sideExamples.set(name, sides);
  rulesAlone.set(name, counts);
}
const ROOTS = patternRoots();
const others = (held: string): string[] => SETS.filter((name) => name !== held);
const triggerModelOf = (names: readonly string[]): TriggerModel => ({ ...trainTriggerModel(triggerExamples(names.flatMap((name) => candidates.get(name) ?? []), ROOTS, LABELS)), ...(isOneSided ? { keepsOneSided: true } : {}) });
const chooserOf = (names: readonly string[]): SideChooser => modelSideChooser(trainSideModel(names.flatMap((name) => sideExamples.get(name) ?? []), sideSettings), sideSettings);

const line = (label: string, bySet: ReadonlyMap<string, EventScoreCounts>): string => setsLine(label, SETS, bySet);
console.log(line('rules alone', rulesAlone));

const filterExamples = (coded: readonly CodedSentence[], keep: (coding: ScoredCoding) => boolean): TrainingExample[] => coded.flatMap(({ gold, codings }) => labelCodings(codings.filter(keep), gold));

if (args.includes('--oracle')) {
  // No model but a bound: each set's own gold labels (the coders' triggers, or the weak ones) proposed as triggers, read through the rules' sides and
  // a chooser trained without the set.
  const plain = new Map<string, EventScoreCounts>();
  for (const { name, sentences } of sets) {
    chooser = chooserOf(others(name));
    const oracle = oracleProposer(candidates.get(name) ?? [], ROOTS, isOneSided, LABELS);
    proposer = oracle.proposer;
    plain.set(name, codeSet(sentences, oracle.startSentence).counts);
  }
  console.log(line(`oracle (${LABELS} labels) + chooser${isOneSided ? ' (one-sided kept)' : ''}`, plain));
  process.exit(0);
}

if (args.includes('--no-cv')) {
  writeModel(THRESHOLDS[0] ?? 0.5);
  process.exit(0);
}

const minimum = Math.min(...THRESHOLDS);
const main = { chooser: new Map<string, EventScoreCounts>(), filtered: FILTER_THRESHOLDS.map(() => new Map<string, EventScoreCounts>()) };
const withProposer = THRESHOLDS.map(() => ({ chooser: new Map<string, EventScoreCounts>(), filtered: FILTER_THRESHOLDS.map(() => new Map<string, EventScoreCounts>()) }));
// `--held a,b` runs only those folds (a spot check of the table's rows; the pooled line then pools those sets alone).
const HELD = listArg(args, 'held') ?? SETS;
for (const held of HELD) {
  const started = Date.now();
  chooser = chooserOf(others(held));
  // Main's pipeline: no proposals.
  proposer = { propose: () => [], mayPropose: () => false };
  const mainRun = new Map(sets.map(({ name, sentences }) => [name, codeSet(sentences)]));
  const mainCoded = new Map([...mainRun].map(([name, run]) => [name, run.coded]));
  // The proposer's pipeline, at the lowest threshold; higher ones drop proposals offline.
  proposer = modelTriggerProposer(triggerModelOf(others(held)), minimum);
  const ownRun = new Map(sets.map(({ name, sentences }) => [name, codeSet(sentences)]));
  const ownCoded = new Map([...ownRun].map(([name, run]) => [name, run.coded]));
  const score = (coded: Map<string, CodedSentence[]>, keep: (coding: ScoredCoding) => boolean, into: typeof main): void => {
    const heldCoded = coded.get(held) ?? [];
    into.chooser.set(held, recount(heldCoded, keep));
    const filter = trainEventFilter(others(held).flatMap((name) => filterExamples(coded.get(name) ?? [], keep)), 0.5);
    for (const [at, threshold] of FILTER_THRESHOLDS.entries()) into.filtered[at]?.set(held, recount(heldCoded, (coding) => keep(coding) && (coding.isSpared || eventProbability(filter, coding.features) >= threshold)));
  };
  score(mainCoded, () => true, main);
  for (const [at, threshold] of THRESHOLDS.entries()) score(ownCoded, (coding) => coding.proposal >= threshold, withProposer[at] as typeof main);
  // The offline re-counts must score what `eval events` scores: with nothing dropped, they and the pipeline's own counts agree.
  warnIfRecountDiffers(`main, ${held}`, mainRun.get(held)?.counts, main.chooser.get(held));
  warnIfRecountDiffers(`proposer t=${minimum}, ${held}`, ownRun.get(held)?.counts, withProposer[THRESHOLDS.indexOf(minimum)]?.chooser.get(held));
  process.stderr.write(`${held}: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
console.log(line('no proposer: rules + chooser (nested CV)', main.chooser));
for (const [at, threshold] of FILTER_THRESHOLDS.entries()) console.log(line(`no proposer: + filter t=${threshold} (nested CV)`, main.filtered[at] as Map<string, EventScoreCounts>));
let chosen = { f1: -1, threshold: 2 };
for (const [at, threshold] of THRESHOLDS.entries()) {
  const result = withProposer[at] as typeof main;
  console.log(line(`proposer t=${threshold} + chooser (nested CV)`, result.chooser));
  for (const [filterAt, filterThreshold] of FILTER_THRESHOLDS.entries()) {
    const bySet = result.filtered[filterAt] as Map<string, EventScoreCounts>;
    console.log(line(`proposer t=${threshold} + chooser + filter t=${filterThreshold} (nested CV)`, bySet));
    // The proposer's threshold is chosen at the committed filter threshold (the first listed).
    if (filterAt === 0 && f1Of(pooledCounts(bySet.values())) > chosen.f1) chosen = { f1: f1Of(pooledCounts(bySet.values())), threshold };
  }
}
console.log(`chosen by pooled nested CV F1: t=${chosen.threshold} (F1 ${chosen.f1.toFixed(4)})`);
// A spot check of some folds chooses nothing worth writing.
if (!args.includes('--no-write') && !args.includes('--held')) writeModel(chosen.threshold);

function writeModel(threshold: number): void {
  const model = { ...triggerModelOf(SETS), threshold, trainedOn: SETS };
  saveTriggerModel(BUILTIN_TRIGGER_MODEL, model);
  console.log(`wrote ${BUILTIN_TRIGGER_MODEL}: ${model.classes.length} classes, ${model.lemmas.length} lemmas, ${Object.keys(model.weights).length} features, trained on ${SETS.join(', ')}`);
}
