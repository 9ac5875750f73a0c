import { InputError } from '../model/errors.ts';
import { BATCH_SIZE, type Analyzer } from '../pipeline/analyzer.ts';
import { readSource, type ReadSourceOptions } from '../ingest/read-source.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import type { Store } from '../storage/store.ts';
import { analyzeInOrder, type BatchResult } from './analyze-in-order.ts';
import type { AnalyzePool } from './analyze-pool.ts';
import { analyzeRawArticles } from './analyze-raw-article.ts';
import { defaultIngestHooks, type IngestHook } from './ingest-hooks.ts';

/** What one ingest run did; `failed` lists each item that was skipped and why. */
export interface IngestSummary {
  readonly read: number;
  readonly new: number;
  readonly duplicate: number;
  readonly failed: readonly { readonly item: string; readonly reason: string }[];
  /** Ids of the documents read, new or already stored, in source order. */
  readonly ids: readonly string[];
}

/** Where analysis runs: on this thread with an analyzer, or on a worker pool (same order, every core). */
type AnalysisOptions = { readonly analyzer: Analyzer; readonly pool?: undefined } | { readonly pool: AnalyzePool; readonly analyzer?: Analyzer };

export type IngestOptions = AnalysisOptions & {
  readonly store: Store;
  /** Called after every item, for progress on stderr or a job's status. */
  readonly onProgress?: (summary: IngestSummary, label: string) => void;
  readonly hooks?: readonly IngestHook[];
  readonly read?: ReadSourceOptions;
};

/**
 * The one ingest workflow the CLI, API and workers share: read a source, analyse each article, run the corpus hooks,
 * store it. Bad items are counted and skipped; a store failure stops the run (nothing half-written: puts are atomic).
 * Hooks and stores always run here, one document at a time, in source order, whichever way analysis runs.
 */
export async function ingestArticles(
  source: string | AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const { store } = options;
  const hooks = options.hooks ?? defaultIngestHooks;
  const items = typeof source === 'string' ? readSource(source, options.read) : source;
  const results = options.pool ? analyzeInOrder(toAsync(items), options.pool) : analyzeHere(items, options.analyzer);
  const failed: { item: string; reason: string }[] = [];
  const ids: string[] = [];
  let read = 0;
  let inserted = 0;
  let duplicate = 0;
  const summary = (): IngestSummary => ({ read, new: inserted, duplicate, failed: [...failed], ids: [...ids] });
  for await (const result of results) {
    read++;
    if ('error' in result) {
      failed.push({ item: result.label, reason: reasonOf(result.error) });
    } else {
      let doc = result.doc;
      for (const hook of hooks) if (hook.beforeStore) doc = await hook.beforeStore(doc, store);
      const stored = await store.putDocument(doc);
      for (const hook of hooks) await hook.afterStore?.(doc, stored, store);
      ids.push(stored.id);
      if (stored.inserted) inserted++;
      else duplicate++;
    }
    options.onProgress?.(summary(), result.label);
  }
  return summary();
}

/**
 * Analyses on this thread, in source order. Articles that are already read when analysis is free (a folder, a JSONL
 * file, a feed) go through the analyzer's batch path together, up to `BATCH_SIZE`; a slow stream (stdin, a trickle of
 * feed items) is never waited on to fill a batch.
 */
async function* analyzeHere(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, analyzer: Analyzer): AsyncGenerator<BatchResult> {
  for await (const batch of readyBatches(items, BATCH_SIZE)) {
    const articles = batch.flatMap((item) => ('error' in item ? [] : [item.article]));
    const analysed = analyzeRawArticles(analyzer, articles);
    let next = 0;
    for (const item of batch) {
      if ('error' in item) {
        yield item;
        continue;
      }
      const result = analysed[next++];
      // One article that breaks a stage must not stop a run of thousands; it is reported with its reason.
      yield result instanceof Error || result === undefined ? { label: item.label, error: result ?? new Error('no analysis result') } : { label: item.label, doc: result };
    }
  }
}

/** Groups the items that are ready now: one is awaited, then more are taken only while the next is already there. */
async function* readyBatches<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  const iterator = toAsync(items);
  let pending: Promise<IteratorResult<T>> | undefined;
  for (;;) {
    const first = await (pending ?? iterator.next());
    pending = undefined;
    if (first.done) return;
    const batch = [first.value];
    while (batch.length < size) {
      const next = iterator.next();
      const ready = await within(next, READY_WAIT_MS);
      if (ready === NOT_YET) {
        pending = next;
        break;
      }
      if (ready.done) {
        yield batch;
        return;
      }
      batch.push(ready.value);
    }
    yield batch;
  }
}

// Long enough for the next file of a folder or line of a file, short enough that a slow stream's reader never notices.
const READY_WAIT_MS = 5;
const NOT_YET = Symbol('not yet');

/** The promise's value if it settles within `ms`, else NOT_YET (the promise is left to settle later). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof NOT_YET> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof NOT_YET>((resolve) => {
    timer = setTimeout(() => resolve(NOT_YET), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function* toAsync<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

function reasonOf(error: Error): string {
  if (error instanceof InputError) return error.message;
  return `unexpected error in analysis: ${error.message}`;
}
