// Compares event-filter settings on one set of folds, each set coded once (about 15 minutes for 37 sets on a loaded
// two-core machine in session 22, then about a minute per setting, where `train:filter`'s nested folds code each set some 37 times
// and did not finish in 27 minutes): each training set is coded once by a side-chooser
// trained on the other sets (as `train:filter -- --threshold` codes them to write the model), and each held-out set is
// scored by a filter trained on the other sets' events so coded, at every threshold. Not nested like `train:filter`'s
// folds (the chooser that coded a training set saw the held-out one, a slight optimism shared by every setting), so it
// ranks settings rather than estimating F1: the chosen setting's threshold is then passed to `train:filter -- --threshold`.
// Usage: npm run cv:filter-settings [-- --sets a,b,c] [-- --thresholds 0.1,0.2,0.3] [-- --variants l2:0.01 min-sets:3 drop:word=]
//   A variant joins settings with `+` (`l2:0.01+min-sets:3`); `drop:` takes prefixes joined by `|`; `default` is the
//   trainer's defaults.
import { PROPOSAL_FEATURES } from '../src/pipeline/events/event-filter-features.ts';
import { DEFAULT_LOGISTIC_TRAINING, type TrainingExample } from '../src/pipeline/events/logistic-model.ts';
import type { EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { keepSharedFeatures } from './shared-features.ts';
import { trainEventFilter } from '../src/pipeline/events/train-event-filter.ts';
import { loadSideModel } from '../src/knowledge/events/side-model.ts';
import { f1Of, figure, pickedWithoutHeldOut, pooledCounts } from './event-score-figures.ts';
import { EVENT_TRAINING_SETS, listArg, loadTrainingSets } from './event-training-sets.ts';
import { filterExamples, prepareFolds, recountAt, withoutFamilies, type SetView } from './learned-folds.ts';
import { parseFilterVariant } from './filter-variant.ts';

const args = process.argv.slice(2);
const SETS = listArg(args, 'sets') ?? EVENT_TRAINING_SETS;
const THRESHOLDS = (listArg(args, 'thresholds') ?? ['0.1', '0.15', '0.2', '0.25', '0.3', '0.35', '0.4', '0.5']).map(Number);
const VARIANTS = args.includes('--variants') ? args.slice(args.indexOf('--variants') + 1).filter((arg) => !arg.startsWith('--')) : ['default'];

const started = Date.now();
const folds = await prepareFolds(loadTrainingSets(SETS), loadSideModel());
const views = new Map<string, SetView>(SETS.map((name) => [name, folds.filterViewOf(name, SETS.filter((other) => other !== name), { training: DEFAULT_LOGISTIC_TRAINING, dropped: [PROPOSAL_FEATURES] })]));
const chooserAlone = pooledCounts(SETS.map((name) => (views.get(name) as SetView).counts));
console.log(`${SETS.length} sets coded once (${Math.round((Date.now() - started) / 1000)}s); + chooser: ${figure(chooserAlone)} F1 ${f1Of(chooserAlone).toFixed(4)}`);

for (const spec of VARIANTS) {
  const variant = parseFilterVariant(spec);
  const examplesOf = new Map<string, TrainingExample[]>(SETS.map((name) => [name, filterExamples((views.get(name) as SetView).sentences).map((example) => ({ ...example, features: withoutFamilies(example.features, variant.dropped) }))]));
  const byThreshold = new Map<number, Map<string, EventScoreCounts>>([[2, new Map(SETS.map((name) => [name, (views.get(name) as SetView).counts]))]]);
  for (const threshold of THRESHOLDS) byThreshold.set(threshold, new Map());
  for (const held of SETS) {
    const training = new Map([...examplesOf].filter(([name]) => name !== held));
    const filter = trainEventFilter(keepSharedFeatures(training, variant.minSets), 0.5, variant.training);
    for (const threshold of THRESHOLDS) byThreshold.get(threshold)?.set(held, recountAt({ view: views.get(held) as SetView, filter }, threshold));
  }
  const cells = THRESHOLDS.map((threshold) => `${threshold}:${f1Of(pooledCounts((byThreshold.get(threshold) as Map<string, EventScoreCounts>).values())).toFixed(4)}`);
  const picked = pickedWithoutHeldOut(byThreshold, SETS);
  const honest = pooledCounts([...picked.values()].map((entry) => entry.counts));
  console.log(`${spec}: ${cells.join(' ')} | picked without held-out ${figure(honest)} F1 ${f1Of(honest).toFixed(4)}`);
}
