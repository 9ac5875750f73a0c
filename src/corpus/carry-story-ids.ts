import type { StoryChange } from '../model/story.ts';
import type { ClusteredStory } from './cluster-corpus.ts';

/** A re-clustering with the previous story ids carried over, and what changed for each old story. */
export interface CarriedStories {
  readonly stories: readonly ClusteredStory[];
  /** Document id → story id, after carrying. */
  readonly storyOf: ReadonlyMap<string, string>;
  readonly changes: readonly StoryChange[];
}

/**
 * Keeps story ids stable across a re-clustering, so links, watch results and story URLs survive it: each old story's
 * id follows the new cluster holding most of its articles (the largest part of a split keeps the id); a cluster
 * holding the largest part of several old stories (a merge) keeps the id of the one it shares most articles with,
 * then the larger, then the older. Clusters that inherit no id get fresh ones above every id used so far (`reserved`
 * holds retired ids, which are never reused). Every article that moved is explained by a `merged` or `split` change.
 */
export function carryStoryIds(
  clusters: readonly ClusteredStory[],
  previous: ReadonlyMap<string, string>,
  at: string,
  reserved: Iterable<string> = [],
): CarriedStories {
  const oldSize = new Map<string, number>();
  for (const storyId of previous.values()) oldSize.set(storyId, (oldSize.get(storyId) ?? 0) + 1);
  // overlap[cluster] = old story id → articles shared
  const overlaps = clusters.map((cluster) => {
    const counts = new Map<string, number>();
    for (const id of cluster.documentIds) {
      const old = previous.get(id);
      if (old !== undefined) counts.set(old, (counts.get(old) ?? 0) + 1);
    }
    return counts;
  });
  // Where each old story's largest part went (ties: the bigger cluster, then the earlier).
  const largestPart = new Map<string, { cluster: number; shared: number }>();
  overlaps.forEach((counts, cluster) => {
    for (const [old, shared] of counts) {
      const best = largestPart.get(old);
      const size = clusters[cluster]?.documentIds.length ?? 0;
      if (!best || shared > best.shared || (shared === best.shared && size > (clusters[best.cluster]?.documentIds.length ?? 0))) {
        largestPart.set(old, { cluster, shared });
      }
    }
  });
  const claims = new Map<number, { old: string; shared: number }>();
  for (const [old, { cluster, shared }] of largestPart) {
    const current = claims.get(cluster);
    if (!current || isPreferred({ old, shared }, current, oldSize)) claims.set(cluster, { old, shared });
  }
  // A loop, not Math.max(...ids): a spread of a few hundred thousand ids overflows the call stack.
  let next = 1;
  for (const id of [...oldSize.keys(), ...reserved]) next = Math.max(next, sequenceOf(id) + 1);
  const ids = clusters.map((_, cluster) => claims.get(cluster)?.old ?? `s${next++}`);
  const stories = clusters.map((cluster, index) => ({ ...cluster, id: ids[index] ?? cluster.id }));
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.documentIds) storyOf.set(id, story.id);
  const kept = new Set(ids);
  const changes: StoryChange[] = [];
  overlaps.forEach((counts, cluster) => {
    const otherId = ids[cluster] ?? '';
    for (const [old, articles] of counts) {
      if (old === otherId) continue;
      changes.push({ storyId: old, kind: kept.has(old) ? 'split' : 'merged', otherId, articles, at });
    }
  });
  changes.sort((a, b) => sequenceOf(a.storyId) - sequenceOf(b.storyId) || b.articles - a.articles);
  return { stories, storyOf, changes };
}

/** The numeric part of an `s<n>` story id (0 for other shapes), which also orders stories by age. */
export function sequenceOf(storyId: string): number {
  return Number(/^s(\d+)$/.exec(storyId)?.[1] ?? 0);
}

function isPreferred(
  a: { old: string; shared: number },
  b: { old: string; shared: number },
  oldSize: ReadonlyMap<string, number>,
): boolean {
  if (a.shared !== b.shared) return a.shared > b.shared;
  const sizeA = oldSize.get(a.old) ?? 0;
  const sizeB = oldSize.get(b.old) ?? 0;
  if (sizeA !== sizeB) return sizeA > sizeB;
  return sequenceOf(a.old) < sequenceOf(b.old) || (sequenceOf(a.old) === sequenceOf(b.old) && a.old < b.old);
}
