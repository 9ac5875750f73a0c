import { InputError } from '../model/errors.ts';
import type { Analyzer } from '../pipeline/analyzer.ts';
import { readSource, type ReadSourceOptions } from '../ingest/read-source.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import type { Store } from '../storage/store.ts';
import { analyzeRawArticle } from './analyze-raw-article.ts';
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

export interface IngestOptions {
  readonly store: Store;
  readonly analyzer: Analyzer;
  /** Called after every item, for progress on stderr or a job's status. */
  readonly onProgress?: (summary: IngestSummary, label: string) => void;
  readonly hooks?: readonly IngestHook[];
  readonly read?: ReadSourceOptions;
}

/**
 * The one ingest workflow the CLI, API and workers share: read a source, analyse each article, run the corpus hooks,
 * store it. Bad items are counted and skipped; a store failure stops the run (nothing half-written: puts are atomic).
 */
export async function ingestArticles(
  source: string | AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const { store, analyzer } = options;
  const hooks = options.hooks ?? defaultIngestHooks;
  const items = typeof source === 'string' ? readSource(source, options.read) : source;
  const failed: { item: string; reason: string }[] = [];
  const ids: string[] = [];
  let read = 0;
  let inserted = 0;
  let duplicate = 0;
  const summary = (): IngestSummary => ({ read, new: inserted, duplicate, failed: [...failed], ids: [...ids] });
  for await (const item of items) {
    read++;
    if ('error' in item) {
      failed.push({ item: item.label, reason: item.error.message });
    } else {
      let doc;
      try {
        doc = analyzeRawArticle(analyzer, item.article);
      } catch (error) {
        // One article that breaks a stage must not stop a run of thousands; it is reported with its reason.
        failed.push({ item: item.label, reason: reasonOf(error) });
        options.onProgress?.(summary(), item.label);
        continue;
      }
      for (const hook of hooks) if (hook.beforeStore) doc = await hook.beforeStore(doc, store);
      const result = await store.putDocument(doc);
      for (const hook of hooks) await hook.afterStore?.(doc, result, store);
      ids.push(result.id);
      if (result.inserted) inserted++;
      else duplicate++;
    }
    options.onProgress?.(summary(), item.label);
  }
  return summary();
}

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return `unexpected error in analysis: ${error instanceof Error ? error.message : String(error)}`;
}
