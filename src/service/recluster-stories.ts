import { clusterCorpus } from '../corpus/cluster-corpus.ts';
import type { Store } from '../storage/store.ts';
import { forgetCorpusState } from './corpus-state.ts';
import { requireCorpus } from './require-corpus.ts';

/** Re-clusters every stored article from scratch (duplicates and stories) and replaces the stored stories. */
export async function reclusterStories(store: Store): Promise<{ readonly articles: number; readonly stories: number; readonly duplicates: number; readonly ms: number }> {
  const started = Date.now();
  const corpus = requireCorpus(store);
  const stored = await corpus.loadCorpusArticles();
  const result = clusterCorpus(stored.map((s) => s.article));
  await corpus.replaceStories({ stories: result.stories, duplicates: result.duplicates });
  forgetCorpusState(corpus);
  return { articles: stored.length, stories: result.stories.length, duplicates: result.duplicates.length, ms: Date.now() - started };
}
