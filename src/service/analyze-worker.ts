import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzedDocument } from '../model/document.ts';
import { asError } from '../model/errors.ts';
import type { RawArticle } from '../ingest/raw-article.ts';
import type { Analyzer } from '../pipeline/analyzer.ts';
import type { AnalyzerOptions } from '../pipeline/stage.ts';
import { BATCH_SIZE, createAnalyzer } from '../pipeline/analyzer.ts';
import { analyzeRawArticles } from './analyze-raw-article.ts';
import { packDocument } from './packed-document.ts';

/** An error as it crosses the thread boundary: its class name, message and hint survive, its prototype does not. */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly hint?: string;
}

function serialize(error: unknown): SerializedError {
  const failure = asError(error);
  const hint = 'hint' in failure && typeof failure.hint === 'string' ? failure.hint : undefined;
  return { name: failure.name, message: failure.message, ...(hint ? { hint } : {}) };
}

/**
 * Body of one pool thread: builds its analyzer once (reporting `{ fatal }` if it cannot, e.g. a missing topic model),
 * then answers `{ id, article }` with `{ id, doc }` or `{ id, error }`.
 */
const port = parentPort;
if (port) {
  let analyzer: Analyzer | undefined;
  try {
    analyzer = await createAnalyzer(workerData as AnalyzerOptions);
  } catch (error) {
    port.postMessage({ fatal: serialize(error) });
  }
  if (analyzer) {
    const ready = analyzer;
    // Articles that arrive while the thread is busy are analysed together (the analyzer's batch path is faster per
    // article); one that arrives alone is answered as soon as the thread is free.
    const queue: { id: number; article: RawArticle }[] = [];
    const flush = (): void => {
      const jobs = queue.splice(0, BATCH_SIZE);
      let results: (AnalyzedDocument | Error)[];
      try {
        results = analyzeRawArticles(ready, jobs.map((job) => job.article));
      } catch (error) {
        // Errors are per article; this only guards against a bug leaving every caller of the batch waiting.
        results = jobs.map(() => asError(error));
      }
      jobs.forEach(({ id }, i) => {
        const result = results[i];
        try {
          if (!result || result instanceof Error) throw result ?? new Error('The analyzer returned no result.');
          const { packed, transfer } = packDocument(result);
          port.postMessage({ id, doc: packed }, transfer);
        } catch (error) {
          port.postMessage({ id, error: serialize(error) });
        }
      });
      if (queue.length > 0) setImmediate(flush);
    };
    port.on('message', (job: { id: number; article: RawArticle }) => {
      if (queue.push(job) === 1) setImmediate(flush);
    });
    port.postMessage({ ready: true });
  }
}
