import type { Duplicate } from '../model/story.ts';
import type { CorpusArticle } from './corpus-article.ts';
import { DuplicateIndex, defaultDuplicateThresholds, type DuplicateThresholds } from './duplicate-index.ts';
import { refineStories, type RefinableArticle } from './refine-stories.ts';
import { StoryClusterer, defaultStoryClusterOptions, type StoryClusterOptions } from './story-clusterer.ts';

/** A story found by re-clustering: its members in arrival order, the earliest article's headline. */
export interface ClusteredStory {
  readonly id: string;
  readonly headline: string;
  readonly documentIds: readonly string[];
  readonly first?: number;
  readonly last?: number;
}

/** The outcome of a full pass over a corpus. */
export interface CorpusClustering {
  readonly duplicates: readonly Duplicate[];
  /** Document id → story id. */
  readonly storyOf: ReadonlyMap<string, string>;
  readonly stories: readonly ClusteredStory[];
}

export interface ClusterCorpusOptions {
  readonly stories?: Partial<StoryClusterOptions>;
  readonly duplicates?: Partial<DuplicateThresholds>;
  /** Refinement passes after the online pass (0 = the online result as is). */
  readonly passes?: number;
}

/** Orders articles as they would have arrived: by publication time, undated ones after, ties kept in input order. */
export function arrivalOrder(articles: readonly CorpusArticle[]): CorpusArticle[] {
  return articles
    .map((article, index) => ({ article, index }))
    .sort((a, b) => (a.article.published ?? Infinity) - (b.article.published ?? Infinity) || a.index - b.index)
    .map(({ article }) => article);
}

/**
 * Re-clusters a whole corpus: document frequencies are counted over everything first, articles are deduplicated and
 * clustered online in arrival order, then refined (each article moved to the story it fits best without itself).
 */
export function clusterCorpus(articles: readonly CorpusArticle[], options: ClusterCorpusOptions = {}): CorpusClustering {
  const duplicateIndex = new DuplicateIndex({ ...defaultDuplicateThresholds, ...options.duplicates });
  const clusterer = new StoryClusterer({ ...defaultStoryClusterOptions, ...options.stories });
  const ordered = arrivalOrder(articles);
  clusterer.prime(ordered);
  const duplicates: Duplicate[] = [];
  const labelOf = new Map<string, number>();
  const initial: number[] = [];
  const position = new Map(ordered.map((article, index) => [article.id, index]));
  const refinable: RefinableArticle[] = [];
  for (const article of ordered) {
    const duplicate = duplicateIndex.add(article);
    if (duplicate) duplicates.push(duplicate);
    const { storyId } = clusterer.add(article, duplicate?.originalId, true);
    if (!labelOf.has(storyId)) labelOf.set(storyId, labelOf.size);
    initial.push(labelOf.get(storyId) ?? 0);
    const pinnedTo = duplicate ? position.get(duplicate.originalId) : undefined;
    refinable.push({
      vector: clusterer.lastVector ?? clusterer.space.vectorize(article.terms),
      ...(article.published === undefined ? {} : { published: article.published }),
      ...(pinnedTo === undefined ? {} : { pinnedTo }),
    });
  }
  const labels = refineStories(
    refinable,
    initial,
    clusterer.options.threshold,
    (similarity, article, span) => similarity * clusterer.decayBetween(article.published, span?.[0], span?.[1]),
    options.passes ?? 3,
    (termId) => clusterer.space.isCommon(termId),
  );
  return { duplicates, ...collectStories(ordered, labels) };
}

function collectStories(ordered: readonly CorpusArticle[], labels: readonly number[]): Omit<CorpusClustering, 'duplicates'> {
  const byLabel = new Map<number, CorpusArticle[]>();
  ordered.forEach((article, index) => {
    const label = labels[index] ?? 0;
    const list = byLabel.get(label);
    if (list) list.push(article);
    else byLabel.set(label, [article]);
  });
  const stories: ClusteredStory[] = [];
  const storyOf = new Map<string, string>();
  for (const members of byLabel.values()) {
    const id = `s${stories.length + 1}`;
    const times = members.map((m) => m.published).filter((t): t is number => t !== undefined);
    stories.push({
      id,
      headline: members[0]?.title ?? '',
      documentIds: members.map((m) => m.id),
      ...(times.length > 0 ? { first: Math.min(...times), last: Math.max(...times) } : {}),
    });
    for (const member of members) storyOf.set(member.id, id);
  }
  return { storyOf, stories };
}
