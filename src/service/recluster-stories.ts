import { carryStoryIds } from '../corpus/carry-story-ids.ts';
import { clusterCorpus } from '../corpus/cluster-corpus.ts';
import type { Store } from '../storage/store.ts';
import { forgetCorpusState } from './corpus-state.ts';

/** What a re-clustering did. */
export interface ReclusterSummary {
  readonly articles: number;
  readonly stories: number;
  readonly duplicates: number;
  /** Old stories merged into another (their ids now redirect) and stories that lost articles to another. */
  readonly merged: number;
  readonly split: number;
  readonly ms: number;
}

/**
 * Re-clusters every stored article from scratch (duplicates and stories) and replaces the stored stories, keeping
 * the old story ids where a story survives and logging merges and splits so old links still resolve.
 */
export async function reclusterStories(store: Store, clock: () => Date = () => new Date()): Promise<ReclusterSummary> {
  const started = Date.now();
  const corpus = store.corpus;
  const stored = await corpus.loadCorpusArticles();
  const result = clusterCorpus(stored.map((s) => s.article));
  const previous = new Map(stored.map((s) => [s.article.id, s.storyId]));
  const retired = (await corpus.listStoryChanges()).filter((c) => c.kind === 'merged').map((c) => c.storyId);
  const carried = carryStoryIds(result.stories, previous, clock().toISOString(), retired);
  await corpus.replaceStories({ stories: carried.stories, duplicates: result.duplicates, changes: carried.changes });
  forgetCorpusState(corpus);
  const count = (kind: string) => new Set(carried.changes.filter((c) => c.kind === kind).map((c) => c.storyId)).size;
  return {
    articles: stored.length,
    stories: carried.stories.length,
    duplicates: result.duplicates.length,
    merged: count('merged'),
    split: count('split'),
    ms: Date.now() - started,
  };
}
