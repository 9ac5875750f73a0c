/** Precision, recall and F1, rounded to four places. */
export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** BCubed and pairwise scores of a clustering against gold, over the items both label. */
export interface ClusterScores {
  readonly bcubed: PrecisionRecall;
  readonly pairwise: PrecisionRecall;
  readonly clusters: number;
  readonly goldClusters: number;
}

/** Scores predicted clusters against gold: BCubed (per item) and pairwise (per same-cluster pair). */
export function scoreClusters(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusterScores {
  const items = [...gold.keys()].filter((id) => predicted.has(id));
  const byPredicted = groupBy(items, (id) => predicted.get(id) ?? '');
  const byGold = groupBy(items, (id) => gold.get(id) ?? '');
  let precisionSum = 0;
  let recallSum = 0;
  for (const id of items) {
    const mine = byPredicted.get(predicted.get(id) ?? '') ?? [];
    const truth = new Set(byGold.get(gold.get(id) ?? '') ?? []);
    const correct = mine.filter((other) => truth.has(other)).length;
    precisionSum += correct / mine.length;
    recallSum += correct / truth.size;
  }
  const n = Math.max(1, items.length);
  const predictedPairs = countPairs(byPredicted);
  const goldPairs = countPairs(byGold);
  let bothPairs = 0;
  for (const members of byPredicted.values()) {
    const shared = groupBy(members, (id) => gold.get(id) ?? '');
    bothPairs += countPairs(shared);
  }
  return {
    bcubed: precisionRecall(precisionSum / n, recallSum / n),
    pairwise: precisionRecall(predictedPairs ? bothPairs / predictedPairs : 1, goldPairs ? bothPairs / goldPairs : 1),
    clusters: byPredicted.size,
    goldClusters: byGold.size,
  };
}

/** Pairwise scores of predicted duplicate groups against gold groups (items in no group are singletons). */
export function scorePairs(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): PrecisionRecall & { readonly predictedPairs: number; readonly goldPairs: number; readonly correctPairs: number } {
  const predictedGroups = groupBy([...predicted.keys()], (id) => predicted.get(id) ?? '');
  const goldGroups = groupBy([...gold.keys()], (id) => gold.get(id) ?? '');
  let correct = 0;
  for (const members of predictedGroups.values()) {
    correct += countPairs(groupBy(members.filter((id) => gold.has(id)), (id) => gold.get(id) ?? ''));
  }
  const predictedPairs = countPairs(predictedGroups);
  const goldPairs = countPairs(goldGroups);
  return {
    ...precisionRecall(predictedPairs ? correct / predictedPairs : 1, goldPairs ? correct / goldPairs : 1),
    predictedPairs,
    goldPairs,
    correctPairs: correct,
  };
}

function precisionRecall(precision: number, recall: number): PrecisionRecall {
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function countPairs(groups: ReadonlyMap<string, readonly unknown[]>): number {
  let pairs = 0;
  for (const members of groups.values()) pairs += (members.length * (members.length - 1)) / 2;
  return pairs;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
