import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzedDocument } from '../model/document.ts';
import { ConfigError, InputError } from '../model/errors.ts';
import type { RawArticle } from '../ingest/raw-article.ts';
import type { AnalyzerOptions } from '../pipeline/stage.ts';
import type { SerializedError } from './analyze-worker.ts';
import { type PackedDocument, unpackDocument } from './packed-document.ts';

/** Analyses articles on worker threads, one analyzer per thread, so batch work uses every core. */
export interface AnalyzePool {
  readonly size: number;
  /** Resolves when every thread has loaded its models; rejects with the first thread's failure (e.g. a ConfigError). */
  ready(): Promise<void>;
  analyze(article: RawArticle): Promise<AnalyzedDocument>;
  close(): Promise<void>;
}

type Reply =
  | { ready: true }
  | { fatal: SerializedError }
  | { id: number; doc: PackedDocument }
  | { id: number; error: SerializedError };

interface Slot {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  busy: number;
}

/** Starts `size` threads (default: one per core); each loads the models once. */
export function createAnalyzePool(options: AnalyzerOptions = {}, size = availableParallelism()): AnalyzePool {
  const script = workerScript();
  const pending = new Map<number, { resolve: (doc: AnalyzedDocument) => void; reject: (error: Error) => void; slot: Slot }>();
  let nextId = 0;
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(script.code, { workerData: options, eval: script.isEval });
    let markReady: () => void = () => undefined;
    let markFailed: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => undefined);
    const slot: Slot = { worker, busy: 0, ready };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) return markReady();
      if ('fatal' in reply) {
        markFailed(revive(reply.fatal));
        slot.busy = Number.POSITIVE_INFINITY;
        void worker.terminate();
        return;
      }
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      job.slot.busy--;
      if ('doc' in reply) job.resolve(unpackDocument(reply.doc));
      else job.reject(revive(reply.error));
    });
    worker.on('error', (error) => {
      // A dead thread fails its jobs and every later one sent to it, instead of leaving callers waiting.
      markFailed(error);
      slot.busy = Number.POSITIVE_INFINITY;
      for (const [id, job] of pending) {
        if (job.slot !== slot) continue;
        pending.delete(id);
        job.reject(error);
      }
    });
    return slot;
  });
  return {
    size: slots.length,
    async ready() {
      await Promise.all(slots.map((slot) => slot.ready));
    },
    async analyze(article) {
      const slot = slots.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
      slot.busy++;
      await slot.ready;
      const id = nextId++;
      return new Promise<AnalyzedDocument>((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        slot.worker.postMessage({ id, article });
      });
    },
    async close() {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * Compiled, the worker is the .js file beside this one. Run from sources (tests, benchmarks under tsx), Node 20 does
 * not pass the TypeScript loader to workers, so a small bootstrap registers tsx in the thread before importing the .ts.
 */
function workerScript(): { code: string | URL; isEval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { code: new URL('./analyze-worker.js', import.meta.url), isEval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./analyze-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); })`;
  return { code, isEval: true };
}

/** Rebuilds the user-facing error classes so the CLI and API report them as they would on the main thread. */
function revive(error: SerializedError): Error {
  if (error.name === 'InputError') return new InputError(error.message, error.hint);
  if (error.name === 'ConfigError') return new ConfigError(error.message, error.hint);
  return new Error(error.message);
}
