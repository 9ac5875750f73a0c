// Cross-validates the side-chooser and the event filter trained behind the trigger proposer, as they run at run time
// (rules → proposer → chooser → filter), against the same stages trained without it, leave one set out over the training
// sets. Each sentence is analysed once and the events stage replayed per pass (event-replay.ts).
// Nesting (out-of-fold stacking): every set's proposer events come from a proposer trained on the other sets (never on
// it); its chooser examples are recorded behind that proposer; a held-out set is coded by a proposer, a chooser and a
// filter none of which saw it, and its fold's filter learns from the other sets as coded by their own out-of-fold
// proposer and chooser. Those saw the held-out set (one level shallower than strict nesting); `--strict a,b` re-runs
// those folds strictly (each training set's proposer and chooser trained without it and without the held-out set) to
// measure whether that matters.
// The filter's proposal features (the proposer's probability on the events it added) are measured both ways on the same
// folds: left out, as the committed filter reads, and read.
// Usage: npm run cv:behind-proposer [-- --sets a,b] [-- --filter-thresholds 0.2,0.3] [-- --strict a,b] [-- --counts FILE]
import { writeFileSync } from 'node:fs';
import { loadSideModel } from '../src/knowledge/events/side-model.ts';
import { loadTriggerModel } from '../src/knowledge/events/trigger-model.ts';
import { PROPOSAL_FEATURES } from '../src/pipeline/events/event-filter-features.ts';
import { modelSideChooser, type SideChooser } from '../src/pipeline/events/learned-sides.ts';
import type { TrainingExample } from '../src/pipeline/events/logistic-model.ts';
import type { TriggerProposer } from '../src/pipeline/events/learned-triggers.ts';
import type { EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { trainEventFilter } from '../src/pipeline/events/train-event-filter.ts';
import { trainSideModel } from '../src/pipeline/events/train-side-model.ts';
import { pickedWithoutHeldOut, setsLine } from './event-score-figures.ts';
import { analyseSets, type AnalysedSet } from './event-replay.ts';
import { EVENT_TRAINING_SETS, listArg, loadTrainingSets } from './event-training-sets.ts';
import { filterExamples, recordBehindOutOfFoldProposers, recordSideExamples, recountAt, viewSet, type SetView } from './learned-folds.ts';
import { outOfFoldProposers } from './trigger-training.ts';

const args = process.argv.slice(2);
const SETS = listArg(args, 'sets') ?? EVENT_TRAINING_SETS;
const FILTER_THRESHOLDS = (listArg(args, 'filter-thresholds') ?? ['0.1', '0.15', '0.2', '0.25', '0.3']).map(Number);
const STRICT = listArg(args, 'strict') ?? [];
const PROPOSER_THRESHOLD = loadTriggerModel().threshold;
const sideSettings = loadSideModel();
const started = Date.now();
const progress = (what: string): boolean => process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0)} s: ${what}\n`);

const replay = await analyseSets(loadTrainingSets(SETS));
const setOf = (name: string): AnalysedSet => replay.sets.find((set) => set.name === name) as AnalysedSet;
const others = (held: string): string[] => SETS.filter((name) => name !== held);
progress('analysed');
const { candidates, rulesSideExamples, rulesAlone, proposers, sideExamples: behindSideExamples, withProposer } = recordBehindOutOfFoldProposers(replay, PROPOSER_THRESHOLD);
progress('proposers, and the chooser examples behind them');

type Examples = ReadonlyMap<string, readonly TrainingExample[]>;
const chooserOn = (examples: Examples, names: readonly string[]): SideChooser => modelSideChooser(trainSideModel(names.flatMap((name) => examples.get(name) ?? []), sideSettings), sideSettings);

// The filter's proposal features (how sure the proposer was of an event it added, session 20's L11) are measured both
// ways on the same folds: left out, as the committed filter was trained, and read; each variant is read off the same
// recording.
const isProposal = (feature: string): boolean => feature.startsWith(PROPOSAL_FEATURES);
const VARIANTS = { without: (features: readonly string[]) => features.filter((feature) => !isProposal(feature)), with: (features: readonly string[]) => features };
type Variant = keyof typeof VARIANTS;
const variantOf = (view: SetView, variant: Variant): SetView => ({ counts: view.counts, sentences: view.sentences.map(({ gold, events }) => ({ gold, events: events.map((event) => ({ ...event, features: VARIANTS[variant](event.features) })) })) });

/** Each set coded by its stages, per variant of the features. */
function viewsOf(stagesOf: (name: string) => { sideChooser: SideChooser; triggerProposer?: TriggerProposer }, names: readonly string[] = SETS): Map<string, Record<Variant, SetView>> {
  return new Map(names.map((name) => {
    const view = viewSet(replay, setOf(name), stagesOf(name), []);
    return [name, { without: variantOf(view, 'without'), with: variantOf(view, 'with') }] as const;
  }));
}

const oldChoosers = new Map(SETS.map((name) => [name, chooserOn(rulesSideExamples, others(name))]));
const newChoosers = new Map(SETS.map((name) => [name, chooserOn(behindSideExamples, others(name))]));
const noProposer = viewsOf((name) => ({ sideChooser: oldChoosers.get(name) as SideChooser }));
progress('views without the proposer');
const proposerOldChooser = viewsOf((name) => ({ sideChooser: oldChoosers.get(name) as SideChooser, triggerProposer: proposers.get(name) as TriggerProposer }));
progress('views behind the proposer, chooser trained without it');
const proposerNewChooser = viewsOf((name) => ({ sideChooser: newChoosers.get(name) as SideChooser, triggerProposer: proposers.get(name) as TriggerProposer }));
progress('views behind the proposer, chooser trained behind it');

type Column = Map<string, EventScoreCounts>;
const columns = new Map<string, Column>();
const put = (label: string, held: string, counts: EventScoreCounts): void => {
  if (!columns.has(label)) columns.set(label, new Map());
  columns.get(label)?.set(held, counts);
};
type Views = ReadonlyMap<string, Record<Variant, SetView>>;
const VARIANT_LABELS: Record<Variant, string> = { without: 'no proposal features', with: 'proposal features' };
const filteredLabel = (label: string, threshold: number, variant: Variant): string => `${label} t=${threshold} (${VARIANT_LABELS[variant]})`;
/** Each filtered column's label, and the label of the column it filters (what "no filter" scores when a threshold is picked). */
const filteredColumns = new Map<string, string>();
/** The held-out set's view filtered by a filter trained on `training`'s views of the fold's other sets, at each threshold. */
function filtered(label: string, upstream: string, held: string, heldView: Record<Variant, SetView>, training: Views, pool: readonly string[] = others(held)): void {
  filteredColumns.set(label, upstream);
  for (const variant of ['without', 'with'] as const) {
    const filter = trainEventFilter(pool.flatMap((name) => filterExamples(training.get(name)?.[variant].sentences ?? [])), 0.5);
    for (const threshold of FILTER_THRESHOLDS) put(filteredLabel(label, threshold, variant), held, recountAt({ view: heldView[variant], filter }, threshold));
  }
}

for (const held of SETS) {
  put('+ proposer', held, withProposer.get(held) as EventScoreCounts);
  const main = noProposer.get(held) as Record<Variant, SetView>;
  put('no proposer: + chooser', held, main.without.counts);
  filtered('no proposer: + chooser + filter', 'no proposer: + chooser', held, main, noProposer);
  const withOld = proposerOldChooser.get(held) as Record<Variant, SetView>;
  put('+ proposer + chooser', held, withOld.without.counts);
  filtered('+ proposer + chooser + filter trained without the proposer', '+ proposer + chooser', held, withOld, noProposer);
  filtered('+ proposer + chooser + filter trained behind the proposer', '+ proposer + chooser', held, withOld, proposerOldChooser);
  const withNew = proposerNewChooser.get(held) as Record<Variant, SetView>;
  put('+ proposer + chooser trained behind the proposer', held, withNew.without.counts);
  filtered('+ proposer + chooser behind + filter behind', '+ proposer + chooser trained behind the proposer', held, withNew, proposerNewChooser);
}
progress('stacked folds');
const line = (label: string, bySet: ReadonlyMap<string, EventScoreCounts>): string => setsLine(label, SETS, bySet);
console.log(line('rules alone', rulesAlone));
for (const [label, bySet] of columns) console.log(line(label, bySet));
// The lines above score every set at each threshold, the best picked on the very sets it scores; these score each set at
// the threshold (or no filter) the other sets' pooled F1 picks.
for (const [label, upstream] of filteredColumns) {
  for (const variant of ['without', 'with'] as const) {
    const byThreshold = new Map<number | 'none', ReadonlyMap<string, EventScoreCounts>>([['none', columns.get(upstream) as Column], ...FILTER_THRESHOLDS.map((threshold) => [threshold, columns.get(filteredLabel(label, threshold, variant)) as Column] as const)]);
    const picked = pickedWithoutHeldOut(byThreshold, SETS);
    const picks = SETS.map((name) => `${name} ${String(picked.get(name)?.setting)}`).join(' · ');
    console.log(line(`${label}, threshold picked without the held-out set (${VARIANT_LABELS[variant]}; ${picks})`, new Map(SETS.map((name) => [name, picked.get(name)?.counts as EventScoreCounts]))));
  }
}
writeCounts();

// Strict folds: every training set's proposer and chooser trained without it and without the held-out set.
for (const held of STRICT) {
  const pool = others(held);
  const strictProposers = outOfFoldProposers(candidates, pool, PROPOSER_THRESHOLD);
  const strictBehind = recordSideExamples(replay, strictProposers);
  const without = (name: string): string[] => pool.filter((other) => other !== name);
  const oldStrict = viewsOf((name) => ({ sideChooser: chooserOn(rulesSideExamples, without(name)), triggerProposer: strictProposers.get(name) as TriggerProposer }), pool);
  filtered('strict: + proposer + chooser + filter trained behind the proposer', '+ proposer + chooser', held, proposerOldChooser.get(held) as Record<Variant, SetView>, oldStrict);
  const newStrict = viewsOf((name) => ({ sideChooser: chooserOn(strictBehind.sideExamples, without(name)), triggerProposer: strictProposers.get(name) as TriggerProposer }), pool);
  // The held-out set's chooser behind the proposer, trained on examples recorded behind proposers that never saw it.
  const heldView = viewSet(replay, setOf(held), { sideChooser: chooserOn(strictBehind.sideExamples, pool), triggerProposer: proposers.get(held) as TriggerProposer }, []);
  const heldVariants = { without: variantOf(heldView, 'without'), with: variantOf(heldView, 'with') };
  put('strict: + proposer + chooser trained behind the proposer', held, heldView.counts);
  filtered('strict: + proposer + chooser behind + filter behind', 'strict: + proposer + chooser trained behind the proposer', held, heldVariants, newStrict);
  progress(`strict fold ${held}`);
}

for (const [label, bySet] of columns) if (label.startsWith('strict')) console.log(line(label, bySet));
writeCounts();

/** `--counts FILE`: every column's counts per held-out set (written after the stacked folds, and again with the strict ones). */
function writeCounts(): void {
  const countsFile = listArg(args, 'counts')?.[0];
  if (countsFile) writeFileSync(countsFile, JSON.stringify({ rulesAlone: Object.fromEntries(rulesAlone), columns: Object.fromEntries([...columns].map(([label, bySet]) => [label, Object.fromEntries(bySet)])) }));
}
