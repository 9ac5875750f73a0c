// Trains the learned side-chooser on the development event sets (bench/events-sets, written for this project by
// outside coders), prints leave-one-set-out cross-validated dyad+root figures (rules alone against rules + model) for
// each threshold and margin, and writes src/knowledge/events/side-model.json with the pair the pooled F1 picks.
// `--behind-proposer` (session 20, measured, not the default: `npm run cv:behind-proposer`) trains it behind the trigger
// proposer, as it runs: each set's events are proposed by a proposer trained on the other sets (out of fold, at the
// committed trigger model's threshold) before its candidates are recorded, and a held-out set is coded with its own.
// Usage: npm run train:sides [-- --no-write] [-- --thresholds 0.3,0.4,0.5] [-- --margins 0.2,0.5,2] [-- --show] [-- --behind-proposer]
import type { GoldSentence } from '../src/cli/eval/events.ts';
import { BUILTIN_SIDE_MODEL, saveSideModel } from '../src/knowledge/events/side-model.ts';
import { loadTriggerModel } from '../src/knowledge/events/trigger-model.ts';
import type { SentenceEvent } from '../src/pipeline/events/code-sentence.ts';
import type { ActorMention } from '../src/pipeline/events/find-actor-mentions.ts';
import { modelSideChooser, type SideChoiceInput, type SideChooser } from '../src/pipeline/events/learned-sides.ts';
import { emptyEventCounts, type EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { sentenceEventCode } from '../src/pipeline/events/sentence-event-code.ts';
import { trainSideModel } from '../src/pipeline/events/train-side-model.ts';
import { addCounts, f1Of, pooledCounts, setsLine } from './event-score-figures.ts';
import { analyseSets, type AnalysedSet } from './event-replay.ts';
import { recordFolds } from './learned-folds.ts';
import { EVENT_TRAINING_SETS, listArg, loadTrainingSets } from './event-training-sets.ts';

const SETS = EVENT_TRAINING_SETS;
const args = process.argv.slice(2);
const numbersArg = (name: string, fallback: readonly number[]): readonly number[] => listArg(args, name)?.map(Number) ?? fallback;
// By default the committed setting alone, so that retraining after the rules change is one command that keeps it:
// threshold 0.5 (pooled CV F1 is a hair higher at 0.3, but with more wrong fills on BBC text: see MODEL.md), and a
// margin above 1, which never replaces a side the rules filled. Pass lists to compare settings on the same folds.
const THRESHOLDS = numbersArg('thresholds', [0.5]);
const MARGINS = numbersArg('margins', [2]);

const replay = await analyseSets(loadTrainingSets(SETS));

// "--show": every side the held-out model changed, with the sentence and its gold codings (for reading its errors),
// printed once the sentence is coded.
const isShowing = args.includes('--show');
let changes: string[] = [];
function showChanges(input: SideChoiceInput, chosen: readonly SentenceEvent[]): readonly SentenceEvent[] {
  const side = (mention: ActorMention | undefined): string => mention?.code ?? '?';
  for (const [at, event] of chosen.entries()) {
    const before = input.events[at];
    if (before && before !== event) changes.push(`${sentenceEventCode(event)} ${side(before.source)}→${side(before.target)} => ${side(event.source)}→${side(event.target)} [${input.tokens[event.trigger]?.text ?? ''}]`);
  }
  return chosen;
}
function printChanges(gold: GoldSentence): void {
  for (const change of changes) console.log(`  ${change} gold: ${gold.codings.map((coding) => `${coding.code} ${coding.source}→${coding.target}`).join('; ')} | ${gold.text.replace(/\s+/g, ' ')}`);
  changes = [];
}

// The event filter is off throughout: the committed one was trained on every set, so it would lift the held-out figures.
// Behind the proposer only when asked (run `npm run train:triggers` first: its threshold is read here).
const proposerThreshold = args.includes('--behind-proposer') ? loadTriggerModel().threshold : undefined;
const { rulesAlone, sideExamples: examples, proposers, withProposer } = recordFolds(replay, proposerThreshold);

const pooledRules = pooledCounts(rulesAlone.values());
const totalExamples = [...examples.values()].reduce((sum, list) => sum + list.length, 0);
const totalRight = [...examples.values()].reduce((sum, list) => sum + list.filter((example) => example.isRight).length, 0);
console.log(`${SETS.length} sets, ${totalExamples} candidate examples (${totalRight} right)`);
console.log(setsLine('rules alone', SETS, rulesAlone));
// The chooser is measured against what it reads: the rules, and the held-out proposer's events when it is behind one.
const before = withProposer ? pooledCounts(withProposer.values()) : pooledRules;
if (withProposer) console.log(setsLine(`+ proposer t=${proposerThreshold} (CV)`, SETS, withProposer));

const settings = THRESHOLDS.flatMap((threshold) => MARGINS.map((margin) => ({ threshold, margin })));
const results = settings.map(() => ({ pooled: emptyEventCounts(), bySet: new Map<string, EventScoreCounts>() }));
for (const held of SETS) {
  const model = trainSideModel(SETS.filter((name) => name !== held).flatMap((name) => examples.get(name) ?? []), { threshold: 0.5, margin: 2 });
  for (const [at, setting] of settings.entries()) {
    const inner = modelSideChooser(model, setting);
    const chooser: SideChooser = isShowing ? { choose: (input) => showChanges(input, inner.choose(input)) } : inner;
    const set = replay.sets.find((candidate) => candidate.name === held) as AnalysedSet;
    const triggerProposer = proposers?.get(held);
    const counts = replay.score(set, { sideChooser: chooser, ...(triggerProposer ? { triggerProposer } : {}) }, ({ gold }) => printChanges(gold));
    results[at]?.bySet.set(held, counts);
    if (results[at]) addCounts(results[at].pooled, counts);
  }
}
let chosen = { f1: f1Of(before), threshold: 2, margin: 2 };
for (const [at, setting] of settings.entries()) {
  const result = results[at];
  if (!result) continue;
  const f1 = f1Of(result.pooled);
  console.log(setsLine(`CV t=${setting.threshold} margin=${setting.margin}`, SETS, result.bySet));
  if (f1 > chosen.f1) chosen = { f1, ...setting };
}
// A threshold above 1 fills nothing: written so when no setting beats the rules alone.
console.log(`chosen by pooled CV F1: t=${chosen.threshold} margin=${chosen.margin} (F1 ${chosen.f1.toFixed(4)}; ${withProposer ? 'rules + proposer' : 'rules alone'} ${f1Of(before).toFixed(4)})`);
if (!args.includes('--no-write')) {
  // The sets are written into the model so that `tidings eval events` can say when it scores one of them.
  const model = { ...trainSideModel(SETS.flatMap((name) => examples.get(name) ?? []), chosen), trainedOn: SETS };
  saveSideModel(BUILTIN_SIDE_MODEL, model);
  console.log(`wrote ${BUILTIN_SIDE_MODEL}: ${Object.keys(model.weights).length} features, trained on ${SETS.join(', ')}`);
}
