// Whether more outside-written training sets still pay: held-out figures of rules + side-chooser + event filter when
// both models are trained on 5, 10, 15 … sets. Each order (a fixed random order of the sets) holds out the sets after
// its largest training pool, the same test block at every size, and trains on the first k sets; every fold is nested
// as `train:filter` nests it (scripts/learned-folds.ts), so no model that coded a test set's events saw it. Averaged
// over a few orders. `npm run train:filter` gives the last point, leave-one-set-out over all the sets.
// Usage: npm run curve:events [-- --sizes 5,10,15] [-- --orders 4] [-- --filter-threshold 0.2] [-- --sets dev12,…]
import { loadEventFilterModel } from '../src/knowledge/events/event-filter-model.ts';
import { loadSideModel } from '../src/knowledge/events/side-model.ts';
import { mulberry32, shuffleInPlace } from '../src/pipeline/events/logistic-model.ts';
import type { EventScoreCounts } from '../src/pipeline/events/score-event-codings.ts';
import { f1Of, figure, pooledCounts } from './event-score-figures.ts';
import { EVENT_TRAINING_SETS, listArg, loadTrainingSets } from './event-training-sets.ts';
import { nestedFold, prepareFolds, recountAt } from './learned-folds.ts';

const args = process.argv.slice(2);
const SETS = listArg(args, 'sets') ?? EVENT_TRAINING_SETS;
const ORDERS = Number(listArg(args, 'orders')?.[0] ?? 4);
const SIZES = (listArg(args, 'sizes') ?? ['5', '10', '15']).map(Number);
const LARGEST = Math.max(...SIZES);
if (LARGEST >= SETS.length) throw new Error(`The largest pool (${LARGEST}) leaves no set of the ${SETS.length} to hold out.`);
// The committed filter's threshold by default: choosing it again inside every fold would need a fold within the fold.
const THRESHOLD = Number(listArg(args, 'filter-threshold')?.[0] ?? loadEventFilterModel().threshold);
const folds = await prepareFolds(loadTrainingSets(SETS), loadSideModel());

/** The sets in a random order fixed by its number (a Fisher–Yates shuffle with the trainers' generator). */
function orderOf(seed: number): string[] {
  const order = [...SETS];
  shuffleInPlace(order, mulberry32(seed));
  return order;
}

const line = (counts: EventScoreCounts): string => `${figure(counts)} (F1 ${f1Of(counts).toFixed(4)})`;
console.log(`${SETS.length} sets, ${SETS.length - LARGEST} held out per order; filter threshold ${THRESHOLD}; ${ORDERS} orders`);
console.log('order | held out | training sets | rules alone | + chooser | + filter');
const byOrder: { size: number; rules: number; chooser: number; filter: number }[] = [];
for (let seed = 1; seed <= ORDERS; seed++) {
  const order = orderOf(seed);
  const held = order.slice(LARGEST);
  const rules = pooledCounts(held.map((name) => folds.rulesAlone.get(name) as EventScoreCounts));
  for (const size of SIZES) {
    const pool = order.slice(0, size);
    const chooser: EventScoreCounts[] = [];
    const filter: EventScoreCounts[] = [];
    for (const name of held) {
      // The pool is the same for every held-out set of the order: its inner folds are coded once and kept.
      const fold = nestedFold(folds, name, pool, undefined, true);
      chooser.push(fold.view.counts);
      filter.push(recountAt(fold, THRESHOLD));
    }
    const [pooledChooser, pooledFilter] = [pooledCounts(chooser), pooledCounts(filter)];
    byOrder.push({ size, rules: f1Of(rules), chooser: f1Of(pooledChooser), filter: f1Of(pooledFilter) });
    console.log(`${seed} | ${held.join(',')} | ${size} | ${line(rules)} | ${line(pooledChooser)} | ${line(pooledFilter)}`);
  }
  folds.forget();
}
const mean = (values: number[]): string => (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(4);
for (const size of SIZES) {
  const rows = byOrder.filter((row) => row.size === size);
  console.log(`mean over ${rows.length} orders, ${size} training sets: F1 rules ${mean(rows.map((row) => row.rules))}, + chooser ${mean(rows.map((row) => row.chooser))}, + filter ${mean(rows.map((row) => row.filter))}`);
}
