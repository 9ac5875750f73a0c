import type { AnalyzedDocument } from '../model/document.ts';
import { asError } from '../model/errors.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import type { AnalyzePool } from './analyze-pool.ts';

/** One result of batch analysis, in input order: the document, or why the item failed. */
export type BatchResult =
  | { readonly label: string; readonly doc: AnalyzedDocument }
  | { readonly label: string; readonly error: Error };

/**
 * Streams items through the pool and yields results in input order. At most `window` items are in flight, so memory
 * stays bounded however long the input is, while every thread is kept busy with enough queued articles to analyse
 * them in batches (see `Analyzer.analyzeBatch`).
 */
export async function* analyzeInOrder(
  items: AsyncIterable<SourceItem>,
  pool: AnalyzePool,
  window = pool.size * 16,
): AsyncGenerator<BatchResult> {
  const inFlight: Promise<BatchResult>[] = [];
  for await (const item of items) {
    inFlight.push(start(item, pool));
    if (inFlight.length >= window) yield await (inFlight.shift() as Promise<BatchResult>);
  }
  while (inFlight.length > 0) yield await (inFlight.shift() as Promise<BatchResult>);
}

function start(item: SourceItem, pool: AnalyzePool): Promise<BatchResult> {
  if ('error' in item) return Promise.resolve({ label: item.label, error: item.error });
  return pool.analyze(item.article).then(
    (doc) => ({ label: item.label, doc }),
    (error: unknown) => ({ label: item.label, error: asError(error) }),
  );
}
