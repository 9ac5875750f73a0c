// Trains the learned event filter on the development event sets (bench/events-sets, written for this project by outside
// coders) with the committed side-chooser on, prints leave-one-set-out cross-validated dyad+root figures (rules + chooser
// alone against + filter) for each threshold, and writes src/knowledge/events/event-filter-model.json with the threshold
// the pooled F1 picks. Run after `npm run train:sides`.
// Usage: npm run train:filter [-- --no-write] [-- --thresholds 0.2,0.3] [-- --drop word=,lemma=] [-- --l2 0.01]
//   [-- --min-count 5] [-- --epochs 20] [-- --offline] [-- --committed-sides] [-- --side-threshold 0.3] [-- --only step=learned-side]
//   [-- --spare source=role,target=role]
import { scoreGoldSentence, type GoldSentence } from '../src/cli/eval/events.ts';
import { BUILTIN_EVENT_FILTER_MODEL, saveEventFilterModel } from '../src/knowledge/events/event-filter-model.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import { eventFilterFeatures } from '../src/pipeline/events/event-filter-features.ts';
import { eventProbability, hasBothSides, modelEventFilter, type EventFilter } from '../src/pipeline/events/event-filter.ts';
import { emptyEventCounts, scoreSentence, type EventCoding, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { loadSideModel } from '../src/knowledge/events/side-model.ts';
import { modelSideChooser, type SideChooser } from '../src/pipeline/events/learned-sides.ts';
import { DEFAULT_LOGISTIC_TRAINING, type LogisticTraining, type TrainingExample } from '../src/pipeline/events/logistic-model.ts';
import { labelSides, recordSides, trainSideModel, type RecordedEvent } from '../src/pipeline/events/train-side-model.ts';
import { labelCodings, trainEventFilter, type RecordedCoding } from '../src/pipeline/events/train-event-filter.ts';
import { f1Of, figure, pooledCounts, tally } from './event-score-figures.ts';
import { EVENT_TRAINING_SETS, listArg, loadTrainingSets } from './event-training-sets.ts';

const SETS = EVENT_TRAINING_SETS;
const args = process.argv.slice(2);
const argList = (name: string): string[] | undefined => listArg(args, name);
const THRESHOLDS = (argList('thresholds') ?? ['0.1', '0.15', '0.2', '0.25', '0.3', '0.35', '0.4', '0.5']).map(Number);
// Feature families left out, for trying variants on the same folds.
const DROPPED = argList('drop') ?? [];
// Scores only the events holding this feature (e.g. `step=learned-side`: the chooser's fills), offline.
const ONLY = argList('only')?.[0];
// Never drops the events holding one of these features, offline: by default a countryless role on either side, as the
// filter's own `isSpared` does at run time (`--spare ''` measures the filter without it).
const SPARED = (argList('spare') ?? ['source=role', 'target=role']).filter((feature) => feature !== '');
// The trainer's settings (L2's defaults unless given), for the same purpose.
const numberArg = (name: string, fallback: number): number => Number(argList(name)?.[0] ?? fallback);
const TRAINING: LogisticTraining = { ...DEFAULT_LOGISTIC_TRAINING, epochs: numberArg('epochs', DEFAULT_LOGISTIC_TRAINING.epochs), l2: numberArg('l2', DEFAULT_LOGISTIC_TRAINING.l2), minFeatureCount: numberArg('min-count', DEFAULT_LOGISTIC_TRAINING.minFeatureCount) };

const sets = loadTrainingSets(SETS);

// One analyzer; its filter is swapped between passes: first a recorder that keeps every event (the rules + chooser alone).
let recording: RecordedCoding[] = [];
const recorder: EventFilter = {
  keep(input) {
    for (const [at, event] of input.coded.entries()) {
      if (!hasBothSides(event)) continue;
      const features = eventFilterFeatures(input, at).filter((feature) => !DROPPED.some((prefix) => feature.startsWith(prefix)));
      recording.push({ root: event.code.slice(0, 2), source: (event.sourceCode ?? '---').slice(0, 3), target: (event.targetCode ?? '---').slice(0, 3), features });
    }
    return input.coded.map(() => true);
  },
};
let filter: EventFilter = recorder;
// Each set is coded with a side-chooser trained without it (L2's labels and trainer): the committed chooser has seen
// every set, and its fills there are better than on text it never saw, which is what the filter must learn to judge.
// `--committed-sides` records with the committed chooser instead.
let sideRecording: RecordedEvent[] = [];
const sideRecorder: SideChooser = {
  choose(input) {
    for (const event of input.events) sideRecording.push(recordSides(input, event));
    return input.events;
  },
};
const isCommittedSides = args.includes('--committed-sides');
const committedSides = modelSideChooser(loadSideModel());
let chooser: SideChooser = isCommittedSides ? committedSides : sideRecorder;
const analyzer = await createAnalyzer({ learnedSides: { choose: (input) => chooser.choose(input) }, eventFilter: { keep: (input) => filter.keep(input) } });
const heldOutSides = new Map<string, SideChooser>();
if (!isCommittedSides) {
  const sideExamples = new Map<string, TrainingExample[]>();
  for (const { name, sentences } of sets) {
    const list: TrainingExample[] = [];
    for (const sentence of sentences) {
      sideRecording = [];
      recording = [];
      // Coded as `eval events` codes it (same empty-text and date handling); only the recorded sides are used here.
      scoreGoldSentence(analyzer, sentence, emptyEventCounts());
      list.push(...labelSides(sideRecording, sentence.codings));
    }
    sideExamples.set(name, list);
  }
  // `--side-threshold` measures the pair at another chooser threshold than the committed one (the side model is L2's).
  const committed = { ...loadSideModel(), ...(argList('side-threshold') ? { threshold: numberArg('side-threshold', 0.5) } : {}) };
  for (const held of SETS) heldOutSides.set(held, modelSideChooser(trainSideModel(SETS.filter((name) => name !== held).flatMap((name) => sideExamples.get(name) ?? []), committed), committed));
}
const useSidesFor = (name: string): void => {
  chooser = heldOutSides.get(name) ?? committedSides;
};

function codeSentences(sentences: readonly GoldSentence[], onSentence?: (sentence: GoldSentence, recorded: RecordedCoding[]) => void): EventScoreCounts {
  const counts = emptyEventCounts();
  for (const sentence of sentences) {
    recording = [];
    scoreGoldSentence(analyzer, sentence, counts);
    onSentence?.(sentence, recording);
  }
  return counts;
}

const recorded = new Map<string, { gold: readonly EventCoding[]; events: RecordedCoding[] }[]>();
const alone = new Map<string, EventScoreCounts>();
for (const { name, sentences } of sets) {
  useSidesFor(name);
  const list: { gold: readonly EventCoding[]; events: RecordedCoding[] }[] = [];
  alone.set(name, codeSentences(sentences, (sentence, events) => list.push({ gold: sentence.codings, events })));
  recorded.set(name, list);
}
const examplesOf = (name: string) => (recorded.get(name) ?? []).flatMap(({ gold, events }) => labelCodings(events, gold));

const line = (label: string, bySet: Map<string, EventScoreCounts>): string => {
  const pooled = pooledCounts(bySet.values());
  return `${label}: ${SETS.map((name) => `${name} ${figure(bySet.get(name) as EventScoreCounts)}`).join(' · ')} · pooled ${figure(pooled)} (F1 ${f1Of(pooled).toFixed(4)}; ${tally(pooled)})`;
};
const all = SETS.flatMap(examplesOf);
console.log(`${SETS.length} sets, ${all.length} events with both sides (${all.filter((example) => example.isRight).length} right)${DROPPED.length > 0 ? `, without ${DROPPED.join(', ')}` : ''}`);
console.log(line(`rules + chooser (${isCommittedSides ? 'committed' : 'trained without the set'})`, alone));

// Held-out scores offline: an event dropped from a sentence only removes its coding, so each threshold is a re-count.
const models = new Map(SETS.map((held) => [held, trainEventFilter(SETS.filter((name) => name !== held).flatMap(examplesOf), 0.5, TRAINING)]));
let chosen = { f1: f1Of(pooledCounts(alone.values())), threshold: 2 };
for (const threshold of THRESHOLDS) {
  const bySet = new Map<string, EventScoreCounts>();
  for (const held of SETS) {
    const model = models.get(held);
    const counts = emptyEventCounts();
    for (const { gold, events } of recorded.get(held) ?? []) {
      const kept = events.filter((event) => model === undefined || (ONLY !== undefined && !event.features.includes(ONLY)) || SPARED.some((feature) => event.features.includes(feature)) || eventProbability(model, event.features) >= threshold);
      scoreSentence(gold, kept.map((event) => ({ code: event.root, source: event.source, target: event.target })), counts);
    }
    bySet.set(held, counts);
  }
  const pooled = pooledCounts(bySet.values());
  console.log(line(`CV t=${threshold} (offline)`, bySet));
  if (f1Of(pooled) > chosen.f1) chosen = { f1: f1Of(pooled), threshold };
}
console.log(`chosen by pooled CV F1: t=${chosen.threshold} (F1 ${chosen.f1.toFixed(4)})`);
// The chosen threshold once more through the whole pipeline, each set coded with the model that never saw it.
if (chosen.threshold <= 1 && !args.includes('--offline')) {
  const bySet = new Map<string, EventScoreCounts>();
  for (const { name, sentences } of sets) {
    useSidesFor(name);
    filter = modelEventFilter(models.get(name) ?? trainEventFilter([], 2), chosen.threshold);
    bySet.set(name, codeSentences(sentences));
  }
  console.log(line(`CV t=${chosen.threshold} (pipeline)`, bySet));
}
filter = recorder;
if (!args.includes('--no-write')) {
  const model = { ...trainEventFilter(all, chosen.threshold, TRAINING), trainedOn: SETS };
  saveEventFilterModel(BUILTIN_EVENT_FILTER_MODEL, model);
  console.log(`wrote ${BUILTIN_EVENT_FILTER_MODEL}: ${Object.keys(model.weights).length} features, trained on ${SETS.join(', ')}`);
}
