import type { TrainingExample } from '../src/pipeline/events/logistic-model.ts';

/**
 * The examples with only the features seen in at least `minSets` of the training sets. A feature met in one set alone
 * (a word of its stories, one story's trigger and code) is how a learned stage memorises what its training text was
 * about rather than how news is written; keeping features several sets share is meant to carry to new registers.
 * `minSets` of 1 or less keeps every feature.
 */
export function keepSharedFeatures(bySet: ReadonlyMap<string, readonly TrainingExample[]>, minSets: number): TrainingExample[] {
  const examples = [...bySet.values()].flat();
  if (minSets <= 1) return examples;
  const setsOf = new Map<string, number>();
  for (const setExamples of bySet.values()) {
    for (const feature of new Set(setExamples.flatMap((example) => example.features))) setsOf.set(feature, (setsOf.get(feature) ?? 0) + 1);
  }
  return examples.map((example) => ({ ...example, features: example.features.filter((feature) => (setsOf.get(feature) ?? 0) >= minSets) }));
}
