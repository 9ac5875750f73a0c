import type { Span } from '../../model/span.ts';

/** A candidate token of a training sentence: its lemma, its features, and the root a rule coded at it, if any. */
export interface TriggerCandidate {
  readonly lemma: string;
  /** Where the token stands in the text (recorded for the coders' trigger labels, `gold-trigger-labels.ts`). */
  readonly span?: Span;
  readonly features: readonly string[];
  readonly ruleRoot?: string;
}

/** One gold sentence for training: every candidate token of its (possibly several) segmented sentences, and its gold codes. */
export interface TriggerTrainingSentence {
  readonly candidates: readonly TriggerCandidate[];
  readonly goldCodes: readonly string[];
}

/** A candidate with its label: a root (and the gold's full code), or NONE. */
export interface LabelledCandidate {
  readonly lemma: string;
  readonly features: readonly string[];
  readonly root: string;
  readonly code?: string;
}

export const NONE = 'NONE';
const EM_ROUNDS = 10;

/**
 * Labels the candidates of gold sentences that name no trigger. A rule's trigger whose root the gold holds is that
 * root's trigger; a gold root the rules missed goes to the candidate whose lemma is most associated with it across the
 * sentences (IBM model 1: EM over which lemma of a sentence "generates" each gold root). Everything else is NONE.
 */
export function labelTriggers(sentences: readonly TriggerTrainingSentence[], minAssociation = 0.05, patternRoots?: ReadonlyMap<string, ReadonlySet<string>>): LabelledCandidate[] {
  const association = associateRoots(sentences);
  const labelled: LabelledCandidate[] = [];
  for (const { candidates, goldCodes } of sentences) {
    const left = [...goldCodes];
    const labels: ({ root: string; code: string } | undefined)[] = candidates.map(() => undefined);
    candidates.forEach((candidate, at) => {
      const gold = left.findIndex((code) => code.slice(0, 2) === candidate.ruleRoot);
      if (gold < 0) return;
      labels[at] = { root: candidate.ruleRoot as string, code: left[gold] as string };
      left.splice(gold, 1);
    });
    // Roots coded twice (both directions of a meeting) need one trigger: a root already labelled here is found.
    const labelledRoots = new Set(labels.flatMap((label) => (label ? [label.root] : [])));
    for (const code of left) {
      const root = code.slice(0, 2);
      if (labelledRoots.has(root)) continue;
      let best = -1;
      let bestScore = minAssociation;
      candidates.forEach((candidate, at) => {
        // A lemma some pattern row codes with this root (whose other words or sides did not fit) is the likeliest trigger.
        const score = (association.get(candidate.lemma)?.get(root) ?? 0) + (patternRoots?.get(candidate.lemma)?.has(root) ? 1 : 0);
        if (!labels[at] && score > bestScore) [best, bestScore] = [at, score];
      });
      if (best < 0) continue;
      labels[best] = { root, code };
      labelledRoots.add(root);
    }
    candidates.forEach((candidate, at) => {
      const label = labels[at];
      labelled.push({ lemma: candidate.lemma, features: candidate.features, root: label?.root ?? NONE, ...(label ? { code: label.code } : {}) });
    });
  }
  return labelled;
}

/** t(root | lemma), smoothed, by IBM model 1's EM over the sentences' candidate lemmas (plus a null word) and gold roots. */
export function associateRoots(sentences: readonly TriggerTrainingSentence[]): Map<string, Map<string, number>> {
  const pairs = sentences.map(({ candidates, goldCodes }) => ({ lemmas: ['<null>', ...new Set(candidates.map((candidate) => candidate.lemma))], roots: goldCodes.map((code) => code.slice(0, 2)) })).filter(({ roots }) => roots.length > 0);
  let table = new Map<string, Map<string, number>>();
  let smoothed = table;
  const probability = (lemma: string, root: string): number => table.get(lemma)?.get(root) ?? 1;
  for (let round = 0; round < EM_ROUNDS; round++) {
    const counts = new Map<string, Map<string, number>>();
    for (const { lemmas, roots } of pairs) {
      for (const root of roots) {
        let total = 0;
        for (const lemma of lemmas) total += probability(lemma, root);
        for (const lemma of lemmas) {
          const row = counts.get(lemma) ?? new Map<string, number>();
          row.set(root, (row.get(root) ?? 0) + probability(lemma, root) / total);
          counts.set(lemma, row);
        }
      }
    }
    table = new Map();
    smoothed = new Map();
    for (const [lemma, row] of counts) {
      let total = 0;
      for (const count of row.values()) total += count;
      table.set(lemma, new Map([...row].map(([root, count]) => [root, count / total])));
      // A lemma seen once is wholly "associated" with its sentence's roots: one pseudo-count keeps rare words from winning.
      smoothed.set(lemma, new Map([...row].map(([root, count]) => [root, count / (total + 1)])));
    }
  }
  return smoothed;
}
