import { parentPort, workerData } from 'node:worker_threads';
import type { RawArticle } from '../ingest/raw-article.ts';
import type { AnalyzerOptions } from '../pipeline/stage.ts';
import { createAnalyzer } from '../pipeline/analyzer.ts';
import { analyzeRawArticle } from './analyze-raw-article.ts';

/** Body of one pool thread: builds its analyzer once, then answers `{ id, article }` with `{ id, doc }` or `{ id, error }`. */
const port = parentPort;
if (port) {
  const analyzer = await createAnalyzer(workerData as AnalyzerOptions);
  port.on('message', ({ id, article }: { id: number; article: RawArticle }) => {
    try {
      port.postMessage({ id, doc: analyzeRawArticle(analyzer, article) });
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      const hint = 'hint' in failure && typeof failure.hint === 'string' ? failure.hint : undefined;
      port.postMessage({ id, error: { name: failure.name, message: failure.message, ...(hint ? { hint } : {}) } });
    }
  });
  port.postMessage({ ready: true });
}
