import type { LabelledText } from './naive-bayes.ts';
import { textFeatures } from './text-features.ts';

const SMOOTHING = 0.1;

/** Splits examples into k folds deterministically (round-robin after a seeded shuffle), so reruns agree. */
export function foldsOf<T>(items: readonly T[], k: number, seed = 17): T[][] {
  const order = items.map((item, i) => ({ item, key: hash(i, seed) }));
  order.sort((a, b) => a.key - b.key);
  const folds: T[][] = Array.from({ length: k }, () => []);
  order.forEach(({ item }, i) => folds[i % k]?.push(item));
  return folds;
}

function hash(i: number, seed: number): number {
  let x = (i + 1) * 2654435761 + seed;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}

interface Bag {
  readonly counts: ReadonlyMap<string, number>;
  readonly labels: readonly number[];
}

/**
 * k-fold accuracy of naive Bayes; a prediction is right when its top label is one of the gold labels. Counts are
 * additive, so each fold's model is the full counts minus that fold's: the text is read once, not k times.
 */
export function crossValidateNaiveBayes(examples: readonly LabelledText[], k = 5): number {
  const classes = [...new Set(examples.flatMap((example) => example.labels))].sort();
  const index = new Map(classes.map((label, i) => [label, i]));
  const bags: Bag[] = examples.map((example) => {
    const counts = new Map<string, number>();
    for (const feature of textFeatures(example.text)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    return { counts, labels: example.labels.map((label) => index.get(label) ?? 0) };
  });
  const full = new Map<string, Float64Array>();
  const totals = new Float64Array(classes.length);
  const docs = new Float64Array(classes.length);
  addBags(bags, full, totals, docs, 1);
  const vocabulary = full.size;
  let right = 0;
  for (const test of foldsOf(bags, Math.min(k, bags.length))) {
    const held = new Map<string, Float64Array>();
    const heldTotals = new Float64Array(classes.length);
    const heldDocs = new Float64Array(classes.length);
    addBags(test, held, heldTotals, heldDocs, 1);
    const trainDocs = docs.reduce((a, b) => a + b, 0) - heldDocs.reduce((a, b) => a + b, 0);
    for (const bag of test) {
      let best = -Infinity;
      let predicted = -1;
      for (let c = 0; c < classes.length; c++) {
        const classTotal = (totals[c] ?? 0) - (heldTotals[c] ?? 0);
        let score = Math.log(((docs[c] ?? 0) - (heldDocs[c] ?? 0) + 1) / (trainDocs + classes.length));
        for (const [term, n] of bag.counts) {
          const count = (full.get(term)?.[c] ?? 0) - (held.get(term)?.[c] ?? 0);
          score += n * Math.log((count + SMOOTHING) / (classTotal + SMOOTHING * vocabulary));
        }
        if (score > best) [best, predicted] = [score, c];
      }
      if (bag.labels.includes(predicted)) right++;
    }
  }
  return bags.length === 0 ? 0 : right / bags.length;
}

function addBags(bags: readonly Bag[], counts: Map<string, Float64Array>, totals: Float64Array, docs: Float64Array, sign: number): void {
  for (const bag of bags) {
    for (const c of bag.labels) {
      docs[c] = (docs[c] ?? 0) + sign;
      for (const [term, n] of bag.counts) {
        let row = counts.get(term);
        if (!row) counts.set(term, (row = new Float64Array(totals.length)));
        row[c] = (row[c] ?? 0) + sign * n;
        totals[c] = (totals[c] ?? 0) + sign * n;
      }
    }
  }
}
