import { parentPort, workerData } from 'node:worker_threads';
import type { RawArticle } from '../ingest/raw-article.ts';
import type { Analyzer } from '../pipeline/analyzer.ts';
import type { AnalyzerOptions } from '../pipeline/stage.ts';
import { createAnalyzer } from '../pipeline/analyzer.ts';
import { analyzeRawArticle } from './analyze-raw-article.ts';
import { packDocument } from './packed-document.ts';

/** An error as it crosses the thread boundary: its class name, message and hint survive, its prototype does not. */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly hint?: string;
}

function serialize(error: unknown): SerializedError {
  const failure = error instanceof Error ? error : new Error(String(error));
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
    port.on('message', ({ id, article }: { id: number; article: RawArticle }) => {
      try {
        const { packed, transfer } = packDocument(analyzeRawArticle(ready, article));
        port.postMessage({ id, doc: packed }, transfer);
      } catch (error) {
        port.postMessage({ id, error: serialize(error) });
      }
    });
    port.postMessage({ ready: true });
  }
}
