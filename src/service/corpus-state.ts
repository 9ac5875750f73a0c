import { DuplicateIndex } from '../corpus/duplicate-index.ts';
import { StoryClusterer } from '../corpus/story-clusterer.ts';
import type { CorpusStore, StoredCorpusArticle } from '../storage/corpus-store.ts';

/** The in-memory indexes behind incremental dedup and clustering, rebuilt once per process from the store. */
export interface CorpusState {
  readonly duplicates: DuplicateIndex;
  readonly clusterer: StoryClusterer;
  /** The arrival `seq` of the last stored article the indexes hold. */
  lastSeq: number;
  /** The stories generation they were built from; another process re-clustering changes it. */
  readonly generation: number;
}

const states = new WeakMap<CorpusStore, Promise<CorpusState>>();
const queues = new WeakMap<CorpusStore, Promise<unknown>>();

/** Loads (once per store and process) every stored corpus article into fresh duplicate and story indexes. */
export function corpusStateFor(corpus: CorpusStore): Promise<CorpusState> {
  let state = states.get(corpus);
  if (!state) {
    state = rebuildCorpusState(corpus);
    states.set(corpus, state);
    state.catch(() => forgetCorpusState(corpus));
  }
  return state;
}

/** Forgets the cached state, e.g. after a re-clustering replaced the stories. */
export function forgetCorpusState(corpus: CorpusStore): void {
  states.delete(corpus);
}

/**
 * Runs one corpus step (decide, then write) on indexes that hold every article any process has stored. Steps of one
 * process run one at a time; across processes they hold the store's corpus lock (`exclusive`), inside which the
 * indexes first catch up with the articles other workers added since this process last looked — so two workers never
 * both call an article new when one already holds its original. If the step fails, the indexes are rebuilt next time,
 * since they may hold a decision that was not stored.
 */
export function withCurrentCorpusState<T>(corpus: CorpusStore, step: (state: CorpusState, tables: CorpusStore) => Promise<T>): Promise<T> {
  const previous = queues.get(corpus) ?? Promise.resolve();
  const run = previous.then(async () => {
    // The first full load happens outside the lock, so a starting worker does not hold the others up.
    await corpusStateFor(corpus);
    return corpus.exclusive(async (tables) => step(await catchUp(corpus, tables), tables));
  });
  const settled = run.catch(() => forgetCorpusState(corpus));
  queues.set(corpus, settled);
  void settled.then(() => {
    if (queues.get(corpus) === settled) queues.delete(corpus);
  });
  return run;
}

async function catchUp(corpus: CorpusStore, tables: CorpusStore): Promise<CorpusState> {
  let state = await corpusStateFor(corpus);
  if ((await tables.storiesGeneration()) !== state.generation) {
    // Another process replaced the stories: what this process holds is stale, so reload it all.
    state = await rebuildCorpusState(tables);
    states.set(corpus, Promise.resolve(state));
    return state;
  }
  for (const stored of await tables.loadCorpusArticles(state.lastSeq)) fold(state, stored);
  return state;
}

async function rebuildCorpusState(corpus: CorpusStore): Promise<CorpusState> {
  // The generation is read first: a re-clustering landing during the load then shows as a newer one, not an older.
  const state: CorpusState = { duplicates: new DuplicateIndex(), clusterer: new StoryClusterer(), lastSeq: 0, generation: await corpus.storiesGeneration() };
  for (const stored of await corpus.loadCorpusArticles()) fold(state, stored);
  // Ids retired by a merge still redirect, so new stories must not take them.
  for (const change of await corpus.listStoryChanges()) state.clusterer.reserve(change.storyId);
  return state;
}

function fold(state: CorpusState, stored: StoredCorpusArticle): void {
  state.lastSeq = Math.max(state.lastSeq, stored.seq);
  if (state.clusterer.storyOf(stored.article.id) !== undefined) return;
  // The stored link is the decision already made; looking for the original again would only repeat it, slowly.
  state.duplicates.index(stored.article, stored.originalId);
  state.clusterer.seed(stored.article, stored.storyId, stored.headline);
}
