import { DuplicateIndex } from '../corpus/duplicate-index.ts';
import { StoryClusterer } from '../corpus/story-clusterer.ts';
import type { CorpusStore } from '../storage/corpus-store.ts';

/** The in-memory indexes behind incremental dedup and clustering, rebuilt once per process from the store. */
export interface CorpusState {
  readonly duplicates: DuplicateIndex;
  readonly clusterer: StoryClusterer;
}

const states = new WeakMap<CorpusStore, Promise<CorpusState>>();

/** Loads (once per store and process) every stored corpus article into fresh duplicate and story indexes. */
export function corpusStateFor(corpus: CorpusStore): Promise<CorpusState> {
  let state = states.get(corpus);
  if (!state) {
    state = rebuildCorpusState(corpus);
    states.set(corpus, state);
  }
  return state;
}

/** Forgets the cached state, e.g. after a re-clustering replaced the stories. */
export function forgetCorpusState(corpus: CorpusStore): void {
  states.delete(corpus);
}

async function rebuildCorpusState(corpus: CorpusStore): Promise<CorpusState> {
  const duplicates = new DuplicateIndex();
  const clusterer = new StoryClusterer();
  for (const stored of await corpus.loadCorpusArticles()) {
    duplicates.add(stored.article);
    clusterer.seed(stored.article, stored.storyId, stored.headline);
  }
  // Ids retired by a merge still redirect, so new stories must not take them.
  for (const change of await corpus.listStoryChanges()) clusterer.reserve(change.storyId);
  return { duplicates, clusterer };
}
