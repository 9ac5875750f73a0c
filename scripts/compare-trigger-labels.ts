// Compares the trigger proposer trained on the coders' trigger words with the one trained on L7's weak labels, by nested
// leave-one-set-out cross-validation over the training sets, on the same folds and the same grid of thresholds, and
// prints both oracles (each held-out set's own labels proposed). Each sentence is analysed once and the events stage
// replayed per pass (event-replay.ts). Nesting: for each held-out set the side-chooser and both proposers are trained
// without it, and every other set is coded with that fold's chooser and proposer to give the fold's filter its examples,
// so no model that produced the held-out set's events or its filter saw it (the filter's examples come from sets the
// fold's chooser and proposer were trained on, one level less deep than `train:filter`'s, for all columns alike).
// Usage: npm run cv:trigger-labels [-- --sets a,b] [-- --thresholds 0.3,0.4] [-- --filter-thresholds 0.2,0.1]
//   [-- --held a,b] (only those folds) [-- --counts FILE] (every column's counts, to pool folds run apart)
import { writeFileSync } from 'node:fs';
import { loadSideModel } from '../src/knowledge/events/side-model.ts';
import { eventFilterFeatures } from '../src/pipeline/events/event-filter-features.ts';
import { eventProbability, hasBothSides, isLeftAlone, type EventFilter } from '../src/pipeline/events/event-filter.ts';
import { modelSideChooser, type SideChooser } from '../src/pipeline/events/learned-sides.ts';
import { modelTriggerProposer, type TriggerProposer } from '../src/pipeline/events/learned-triggers.ts';
import type { EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { labelCodings, trainEventFilter } from '../src/pipeline/events/train-event-filter.ts';
import { trainSideModel } from '../src/pipeline/events/train-side-model.ts';
import { trainTriggerModel } from '../src/pipeline/events/train-trigger-model.ts';
import { setsLine } from './event-score-figures.ts';
import { analyseSets, type AnalysedSet } from './event-replay.ts';
import { EVENT_TRAINING_SETS, listArg, loadTrainingSets } from './event-training-sets.ts';
import { oracleProposer, patternRoots, recordRulesAloneForTriggers, recount, triggerExamples, type CodedSentence, type ScoredCoding, type TriggerLabelSource } from './trigger-training.ts';

const args = process.argv.slice(2);
const SETS = listArg(args, 'sets') ?? EVENT_TRAINING_SETS;
const THRESHOLDS = (listArg(args, 'thresholds') ?? ['0.3', '0.4', '0.5', '0.6', '0.7']).map(Number);
const FILTER_THRESHOLDS = (listArg(args, 'filter-thresholds') ?? ['0.2', '0.1', '0.15', '0.3']).map(Number);
const SOURCES: readonly TriggerLabelSource[] = ['weak', 'real'];
const sideSettings = loadSideModel();
const replay = await analyseSets(loadTrainingSets(SETS));

// The rules alone, recording the proposer's candidates, the chooser's examples and each sentence's gold triggers.
const { candidates: recorded, sideExamples, rulesAlone } = recordRulesAloneForTriggers(replay);
const ROOTS = patternRoots();
reportLabels();

const others = (held: string): string[] => SETS.filter((name) => name !== held);
const chooserOf = (names: readonly string[]): SideChooser => modelSideChooser(trainSideModel(names.flatMap((name) => sideExamples.get(name) ?? []), sideSettings), sideSettings);
const proposerOf = (names: readonly string[], source: TriggerLabelSource): TriggerProposer => modelTriggerProposer(trainTriggerModel(triggerExamples(names.flatMap((name) => recorded.get(name) ?? []), ROOTS, source)), Math.min(...THRESHOLDS));


/** Codes a set with a chooser and a proposer (none: main's pipeline), recording what the filter reads of each event. */
function codeSet(set: AnalysedSet, sideChooser: SideChooser, proposer?: TriggerProposer): { counts: EventScoreCounts; coded: CodedSentence[] } {
  let proposed = new Map<number, number>();
  let recording: ScoredCoding[] = [];
  const eventFilter: EventFilter = {
    keep(input) {
      for (const [at, event] of input.coded.entries()) {
        if (!hasBothSides(event)) continue;
        const sentenceEvent = input.events[at];
        const proposal = sentenceEvent?.pattern.isLearned ? (proposed.get(sentenceEvent.trigger) ?? 0) : 2;
        recording.push({ root: event.code.slice(0, 2), source: (event.sourceCode ?? '---').slice(0, 3), target: (event.targetCode ?? '---').slice(0, 3), features: eventFilterFeatures(input, at), isSpared: isLeftAlone(input, at), proposal });
      }
      return input.coded.map(() => true);
    },
  };
  const watched: TriggerProposer | undefined = proposer && {
    ...proposer,
    propose: (view) => {
      const proposals = proposer.propose(view);
      for (const proposal of proposals) proposed.set(proposal.index, proposal.probability);
      return proposals;
    },
  };
  const coded: CodedSentence[] = [];
  const counts = replay.score(set, { sideChooser, eventFilter, ...(watched ? { triggerProposer: watched } : {}) }, ({ gold }) => {
    coded.push({ gold: gold.codings, codings: recording });
    recording = [];
    proposed = new Map();
  });
  return { counts, coded };
}

type Column = Map<string, EventScoreCounts>;
const columns = new Map<string, Column>();
const put = (label: string, held: string, counts: EventScoreCounts): void => {
  if (!columns.has(label)) columns.set(label, new Map());
  columns.get(label)?.set(held, counts);
};

for (const held of listArg(args, 'held') ?? SETS) {
  const started = Date.now();
  const pool = others(held);
  const chooser = chooserOf(pool);
  const variants: [string, TriggerProposer | undefined, readonly number[]][] = [['main', undefined, [2]], ...SOURCES.map((source): [string, TriggerProposer, readonly number[]] => [source, proposerOf(pool, source), THRESHOLDS])];
  for (const [variant, proposer, thresholds] of variants) {
    const runs = new Map(replay.sets.map((set) => [set.name, codeSet(set, chooser, proposer)]));
    const heldCoded = runs.get(held)?.coded ?? [];
    for (const threshold of thresholds) {
      const keep = (coding: ScoredCoding): boolean => coding.proposal >= threshold;
      const name = variant === 'main' ? 'main' : `${variant} t=${threshold}`;
      put(`${name} + chooser`, held, recount(heldCoded, keep));
      const filter = trainEventFilter(pool.flatMap((other) => (runs.get(other)?.coded ?? []).flatMap(({ gold, codings }) => labelCodings(codings.filter(keep), gold))), 0.5);
      for (const filterThreshold of FILTER_THRESHOLDS) put(`${name} + chooser + filter t=${filterThreshold}`, held, recount(heldCoded, (coding) => keep(coding) && (coding.isSpared || eventProbability(filter, coding.features) >= filterThreshold)));
    }
    // With nothing dropped the offline re-count scores what the pipeline scored (denied claims aside).
    const pipeline = runs.get(held)?.counts.dyadRoot;
    const again = columns.get(`${variant === 'main' ? 'main' : `${variant} t=${Math.min(...THRESHOLDS)}`} + chooser`)?.get(held)?.dyadRoot;
    if (pipeline && again && (pipeline.matched !== again.matched || pipeline.predicted !== again.predicted)) process.stderr.write(`${variant} ${held}: re-count ${again.matched}/${again.predicted} differs from the pipeline's ${pipeline.matched}/${pipeline.predicted}\n`);
  }
  const set = replay.sets.find(({ name }) => name === held) as AnalysedSet;
  // The bounds: both sides from the rules, or one (the chooser completing the other, L7's `--one-sided`).
  for (const source of SOURCES) {
    for (const isOneSided of [false, true]) {
      const oracle = oracleProposer(recorded.get(held) ?? [], ROOTS, isOneSided, source);
      let at = 0;
      oracle.startSentence(0);
      put(`oracle (${source} labels${isOneSided ? ', one-sided kept' : ''}) + chooser`, held, replay.score(set, { sideChooser: chooser, triggerProposer: oracle.proposer }, () => oracle.startSentence(++at)));
    }
  }
  process.stderr.write(`${held}: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

const line = (label: string, bySet: ReadonlyMap<string, EventScoreCounts>): string => setsLine(label, SETS, bySet);
console.log(line('rules alone', rulesAlone));
for (const [label, bySet] of columns) console.log(line(label, bySet));
// `--counts FILE` keeps every column's counts per held-out set, so folds run in several processes can be pooled.
const countsFile = listArg(args, 'counts')?.[0];
if (countsFile) writeFileSync(countsFile, JSON.stringify({ rulesAlone: Object.fromEntries(rulesAlone), columns: Object.fromEntries([...columns].map(([label, bySet]) => [label, Object.fromEntries(bySet)])) }));

/** How many coders' triggers fall on a token the proposer could take (a candidate), and how many candidates each source labels. */
function reportLabels(): void {
  let triggers = 0;
  let onCandidate = 0;
  const labelled = { weak: 0, real: 0 };
  for (const sentences of recorded.values()) {
    for (const { candidates, goldTriggers } of sentences) {
      triggers += goldTriggers.length;
      onCandidate += goldTriggers.filter(({ start }) => candidates.some(({ span }) => span !== undefined && span.start <= start && start < span.end)).length;
    }
    for (const source of SOURCES) labelled[source] += triggerExamples(sentences, ROOTS, source).filter(({ root }) => root !== 'NONE').length;
  }
  console.log(`gold triggers found in the text: ${triggers}; on a candidate token: ${onCandidate}; candidates labelled a trigger: weak ${labelled.weak}, real ${labelled.real}`);
}
