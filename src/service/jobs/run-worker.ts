import type PgBoss from 'pg-boss';
import type { RawArticle } from '../../ingest/raw-article.ts';
import { articleMetaOf } from '../../ingest/raw-article.ts';
import { readSource } from '../../ingest/read-source.ts';
import { documentIdFor, type Analyzer } from '../../pipeline/analyzer.ts';
import type { Store } from '../../storage/store.ts';
import { ingestArticles } from '../ingest-articles.ts';
import { defaultIngestHooks, type IngestHook } from '../ingest-hooks.ts';
import { ARTICLE_QUEUE, SOURCE_QUEUE, type JobQueue, type SourceJob } from './job-queue.ts';

/** Running totals of one worker, for progress lines and tests. */
export interface WorkerCounts {
  stored: number;
  duplicate: number;
  failed: number;
  sources: number;
}

export interface WorkerOptions {
  readonly queue: JobQueue;
  readonly store: Store;
  readonly analyzer: Analyzer;
  /** Jobs fetched per round trip (default 20). */
  readonly batchSize?: number;
  /** Wait between polls of an empty queue, ms (default 500). */
  readonly idleMs?: number;
  readonly log?: (line: string) => void;
  /** Allow loopback sources in source jobs (tests only). */
  readonly allowPrivate?: boolean;
  /** The ingest hooks each article goes through (default: duplicates, stories and watches). */
  readonly hooks?: readonly IngestHook[];
}

/** A started worker: `stop()` finishes the batch in hand, then returns; `done` settles when the loop ends. */
export interface RunningWorker {
  readonly counts: WorkerCounts;
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Takes article and source jobs from the queue until stopped. Each article is checked against the store before
 * analysis and stored with an idempotent put, so a job retried after a crash is never analysed or stored twice.
 * A job is completed only after its document is committed; a crash before that leaves it to expire and retry.
 */
export function runWorker(options: WorkerOptions): RunningWorker {
  const { queue, store, analyzer } = options;
  const boss = queue.boss;
  const batchSize = options.batchSize ?? 20;
  const counts: WorkerCounts = { stored: 0, duplicate: 0, failed: 0, sources: 0 };
  let stopping = false;
  let wake: (() => void) | undefined;

  const hooks = options.hooks ?? defaultIngestHooks;
  // A retried job whose article is already stored is not analysed again, but a crash between the store and the
  // hooks (duplicates, stories) may have left those undone: the hooks see the stored document and finish them
  // (the corpus hook does nothing for an article it has already placed).
  const finishStoredArticle = async (id: string) => {
    if (!hooks.some((hook) => hook.afterStore)) return;
    const stored = await store.getDocument(id);
    if (stored) for (const hook of hooks) await hook.afterStore?.(stored, { id, inserted: false }, store);
  };

  const processArticles = async (jobs: PgBoss.Job<RawArticle>[]) => {
    const done: string[] = [];
    for (const job of jobs) {
      const article = job.data;
      try {
        const id = documentIdFor(article.text, articleMetaOf(article));
        if (await store.hasDocument(id)) {
          counts.duplicate++;
          await finishStoredArticle(id);
        } else {
          const summary = await ingestArticles([{ label: article.url ?? job.id, article }], { store, analyzer, hooks });
          counts.stored += summary.new;
          counts.duplicate += summary.duplicate;
          counts.failed += summary.failed.length;
          for (const f of summary.failed) options.log?.(`skipped ${f.item}: ${f.reason}`);
        }
        done.push(job.id);
      } catch (error) {
        // A store failure: give the job back so it is retried (here or by another worker).
        await boss.fail(ARTICLE_QUEUE, job.id, { message: (error as Error).message });
      }
    }
    if (done.length > 0) await boss.complete(ARTICLE_QUEUE, done);
  };

  const processSources = async (jobs: PgBoss.Job<SourceJob>[]) => {
    for (const job of jobs) {
      try {
        const articles: RawArticle[] = [];
        const fetch = options.allowPrivate ? { fetch: { allowPrivate: true } } : {};
        for await (const item of readSource(job.data.source, fetch)) if ('article' in item) articles.push(item.article);
        const added = await queue.enqueueArticles(articles);
        counts.sources++;
        options.log?.(`source ${job.data.source}: ${articles.length} articles, ${added} new jobs`);
        await boss.complete(SOURCE_QUEUE, job.id);
      } catch (error) {
        await boss.fail(SOURCE_QUEUE, job.id, { message: (error as Error).message });
      }
    }
  };

  const loop = async () => {
    while (!stopping) {
      let busy = false;
      try {
        const sources = await boss.fetch<SourceJob>(SOURCE_QUEUE, { batchSize: 1 });
        if (sources.length > 0) await processSources(sources);
        const articles = await boss.fetch<RawArticle>(ARTICLE_QUEUE, { batchSize });
        if (articles.length > 0) await processArticles(articles);
        busy = sources.length + articles.length > 0;
      } catch (error) {
        options.log?.(`worker: ${(error as Error).message}; retrying`);
      }
      if (!busy && !stopping) {
        await new Promise<void>((resolve) => {
          // stop() wakes the loop at once; the timer goes with it, so a stopped worker's process can exit.
          const timer = setTimeout(resolve, options.idleMs ?? 500);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  };

  const done = loop();
  return {
    counts,
    done,
    async stop() {
      stopping = true;
      wake?.();
      await done;
    },
  };
}
