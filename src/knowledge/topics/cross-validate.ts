import { compileNaiveBayes, type LabelledText, naiveBayesPosterior, scoreNaiveBayes, trainNaiveBayes } from './naive-bayes.ts';
import { textFeatures } from './text-features.ts';

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

/** k-fold accuracy of a naive Bayes model: a prediction is right when its top label is one of the gold labels. */
export function crossValidateNaiveBayes(examples: readonly LabelledText[], k = 5): number {
  const folds = foldsOf(examples, Math.min(k, examples.length));
  let right = 0;
  let total = 0;
  folds.forEach((test, f) => {
    const train = folds.filter((_, g) => g !== f).flat();
    if (train.length === 0) return;
    const compiled = compileNaiveBayes(trainNaiveBayes(train, 'fold'));
    for (const example of test) {
      const posterior = naiveBayesPosterior(compiled, scoreNaiveBayes(compiled, textFeatures(example.text)));
      const best = posterior.indexOf(Math.max(...posterior));
      if (example.labels.includes(compiled.model.classes[best] ?? '')) right++;
      total++;
    }
  });
  return total === 0 ? 0 : right / total;
}
