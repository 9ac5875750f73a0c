import { decodeCorpusSnapshot, encodeCorpusSnapshot, type CorpusIndexes } from '../corpus/corpus-snapshot.ts';
import { DuplicateIndex } from '../corpus/duplicate-index.ts';
import { StoryClusterer } from '../corpus/story-clusterer.ts';
import type { CorpusSnapshot, CorpusStore, StoredCorpusArticle } from '../storage/corpus-store.ts';

/**
 * The in-memory indexes behind incremental dedup and clustering, loaded once per process from the store: from its
 * saved snapshot when there is a current one, then caught up with the articles stored after it.
 */
export interface CorpusState {
  readonly duplicates: DuplicateIndex;
  readonly clusterer: StoryClusterer;
  /** The arrival `seq` of the last stored article the indexes hold. */
  lastSeq: number;
  /** The stories generation they were built from; another process re-clustering changes it. */
  readonly generation: number;
  /** The `seq` the store's snapshot covers (0 without one): when `lastSeq` is far past it, a new one is saved. */
  snapshotSeq: number;
  /** How the indexes were loaded: from a snapshot or not, and how many stored articles were folded in after it. */
  readonly loaded: { readonly fromSnapshot: boolean; readonly articlesFolded: number };
}

/**
 * When to save a snapshot: once the indexes hold `every` articles more than the saved one covers, or `share` of all
 * they hold if that is more. Saving costs about as much as loading does (seconds at 100,000 articles), while each
 * article a load folds in after the snapshot costs under a millisecond; a share keeps a busy worker from spending
 * more time on snapshots than on deciding articles.
 */
export interface CorpusSnapshotPolicy {
  readonly every: number;
  readonly share?: number;
}

const defaultPolicy: CorpusSnapshotPolicy = { every: 1000, share: 0.05 };
const states = new WeakMap<CorpusStore, Promise<CorpusState>>();
const queues = new WeakMap<CorpusStore, Promise<unknown>>();
const policies = new WeakMap<CorpusStore, CorpusSnapshotPolicy>();

/** Loads (once per store and process) the duplicate and story indexes: snapshot plus catch-up, or every article. */
export function corpusStateFor(corpus: CorpusStore): Promise<CorpusState> {
  let state = states.get(corpus);
  if (!state) {
    state = loadCorpusState(corpus).then(async (loaded) => {
      await saveSnapshotIfStale(corpus, loaded);
      return loaded;
    });
    states.set(corpus, state);
    state.catch(() => forgetCorpusState(corpus));
  }
  return state;
}

/** Forgets the cached state, e.g. after a re-clustering replaced the stories. */
export function forgetCorpusState(corpus: CorpusStore): void {
  states.delete(corpus);
}

/** Sets how often this process saves snapshots of a store's indexes (`every: Infinity` never does). */
export function setCorpusSnapshotPolicy(corpus: CorpusStore, policy: CorpusSnapshotPolicy): void {
  policies.set(corpus, policy);
}

/**
 * Runs one corpus step (decide, then write) on indexes that hold every article any process has stored. Steps of one
 * process run one at a time; across processes they hold the store's corpus lock (`exclusive`), inside which the
 * indexes first catch up with the articles other workers added since this process last looked — so two workers never
 * both call an article new when one already holds its original. If the step fails, the indexes are reloaded next time,
 * since they may hold a decision that was not stored. After a step, outside the lock, a snapshot is saved when the
 * stored one has fallen behind.
 */
export function withCurrentCorpusState<T>(corpus: CorpusStore, step: (state: CorpusState, tables: CorpusStore) => Promise<T>): Promise<T> {
  const previous = queues.get(corpus) ?? Promise.resolve();
  const run = previous.then(async () => {
    // The first full load happens outside the lock, so a starting worker does not hold the others up.
    await corpusStateFor(corpus);
    let current: CorpusState | undefined;
    const result = await corpus.exclusive(async (tables) => step((current = await catchUp(corpus, tables)), tables));
    if (current) await saveSnapshotIfStale(corpus, current);
    return result;
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
    state = await loadCorpusState(tables);
    states.set(corpus, Promise.resolve(state));
    return state;
  }
  for (const stored of await tables.loadCorpusArticles(state.lastSeq)) fold(state, stored);
  return state;
}

async function loadCorpusState(corpus: CorpusStore): Promise<CorpusState> {
  // The generation is read first: a re-clustering landing during the load then shows as a newer one, not an older.
  const generation = await corpus.storiesGeneration();
  const saved = await corpus.loadCorpusSnapshot();
  const restored = saved?.generation === generation ? restore(saved) : undefined;
  const indexes = restored ?? { duplicates: new DuplicateIndex(), clusterer: new StoryClusterer() };
  const seq = restored && saved ? saved.seq : 0;
  const stored = await corpus.loadCorpusArticles(seq);
  const state: CorpusState = {
    ...indexes, lastSeq: seq, generation, snapshotSeq: saved?.generation === generation ? saved.seq : 0,
    loaded: { fromSnapshot: restored !== undefined, articlesFolded: stored.length },
  };
  for (const article of stored) fold(state, article);
  // Ids retired by a merge still redirect, so new stories must not take them.
  for (const change of await corpus.listStoryChanges()) state.clusterer.reserve(change.storyId);
  return state;
}

function restore(saved: CorpusSnapshot): CorpusIndexes | undefined {
  try {
    return decodeCorpusSnapshot(saved.bytes);
  } catch {
    // A damaged snapshot costs a full load, never a wrong decision.
    return undefined;
  }
}

function fold(state: CorpusState, stored: StoredCorpusArticle): void {
  state.lastSeq = Math.max(state.lastSeq, stored.seq);
  if (state.clusterer.storyOf(stored.article.id) !== undefined) return;
  // The stored link is the decision already made; looking for the original again would only repeat it, slowly.
  state.duplicates.index(stored.article, stored.originalId);
  state.clusterer.seed(stored.article, stored.storyId, stored.headline);
}

/**
 * Saves the indexes when the stored snapshot covers `every` or more articles fewer than they hold. They are encoded at
 * once (they hold exactly the articles up to `lastSeq`); a failed save is not an ingest failure: the next try waits
 * for another `every` articles.
 */
async function saveSnapshotIfStale(corpus: CorpusStore, state: CorpusState): Promise<void> {
  const { every, share = 0 } = policies.get(corpus) ?? defaultPolicy;
  if (state.lastSeq - state.snapshotSeq < Math.max(every, share * state.duplicates.size)) return;
  try {
    const snapshot: CorpusSnapshot = { seq: state.lastSeq, generation: state.generation, bytes: encodeCorpusSnapshot(state) };
    state.snapshotSeq = state.lastSeq;
    await corpus.saveCorpusSnapshot(snapshot);
  } catch {
    state.snapshotSeq = state.lastSeq;
  }
}
