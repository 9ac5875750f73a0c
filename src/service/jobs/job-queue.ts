import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { RawArticle } from '../../ingest/raw-article.ts';
import { ConfigError } from '../../model/errors.ts';
import { documentIdFor } from '../../pipeline/analyzer.ts';
import { articleMetaOf } from '../../ingest/raw-article.ts';
import { parsePostgresUrl } from '../../storage/postgres/open-postgres-store.ts';

/** Queue of single articles to analyse and store. */
export const ARTICLE_QUEUE = 'tidings-article';
/** Queue of sources (feed or page URLs, files) to read and split into article jobs. */
export const SOURCE_QUEUE = 'tidings-source';

/** A source job: read it and enqueue its articles. */
export interface SourceJob {
  readonly source: string;
}

export interface JobQueueOptions {
  /** Seconds a fetched job may stay active before it counts as crashed and is retried (default 300). */
  readonly expireInSeconds?: number;
  /** How often expired jobs are swept (default 30 s; tests use 1). */
  readonly maintenanceIntervalSeconds?: number;
  readonly retryLimit?: number;
}

/**
 * The job queue on pg-boss, in its own schema beside the store's. Article jobs get an id derived from the article,
 * so enqueueing the same article twice (two feeds, a restart) leaves one job.
 */
export class JobQueue {
  private constructor(readonly boss: PgBoss) {}

  /** Connects to the queue for a postgres:// store URL, creating queues (and pg-boss's tables) on first use. */
  static async open(dbUrl: string, options: JobQueueOptions = {}): Promise<JobQueue> {
    if (!/^postgres(ql)?:\/\//i.test(dbUrl)) {
      throw new ConfigError(`The job queue needs a postgres:// database, got \`${dbUrl}\`.`, 'Pass --db postgres://user:password@host/db (or set TIDINGS_DB).');
    }
    const { connectionString, schema } = parsePostgresUrl(dbUrl);
    const boss = new PgBoss({
      connectionString,
      schema: `${schema}_jobs`,
      max: 4,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
      monitorStateIntervalSeconds: 3600,
    });
    boss.on('error', () => undefined);
    await boss.start();
    const queue = {
      retryLimit: options.retryLimit ?? 5,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: options.expireInSeconds ?? 300,
    };
    for (const name of [ARTICLE_QUEUE, SOURCE_QUEUE]) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...queue }).catch(ignoreExisting);
    }
    return new JobQueue(boss);
  }

  /** Enqueues articles; returns how many became new jobs (an article already queued or done is not queued again). */
  async enqueueArticles(articles: readonly RawArticle[]): Promise<number> {
    let added = 0;
    // send() inserts with ON CONFLICT DO NOTHING and answers null for a job id that already exists.
    for (let i = 0; i < articles.length; i += 16) {
      const ids = await Promise.all(articles.slice(i, i + 16).map((article) =>
        this.boss.send(ARTICLE_QUEUE, article, { id: articleJobId(article) })));
      added += ids.filter((id) => id !== null).length;
    }
    return added;
  }

  /** Enqueues a source to read; returns its job id (null when pg-boss refused it). */
  enqueueSource(source: string): Promise<string | null> {
    return this.boss.send(SOURCE_QUEUE, { source } satisfies SourceJob);
  }

  /** Jobs not yet finished, per queue: what `tidings worker` still has to do. */
  async pending(): Promise<{ articles: number; sources: number }> {
    return {
      articles: await this.boss.getQueueSize(ARTICLE_QUEUE, { before: 'completed' }),
      sources: await this.boss.getQueueSize(SOURCE_QUEUE, { before: 'completed' }),
    };
  }

  /** Stops; `graceful` lets active jobs finish, otherwise they are failed back to the queue for another worker. */
  stop(graceful = true, timeoutMs = 30_000): Promise<void> {
    return this.boss.stop({ graceful, timeout: timeoutMs, wait: true });
  }
}

/** A UUID-shaped id derived from the article's document id: the same article always maps to the same job. */
function articleJobId(article: RawArticle): string {
  const hex = createHash('sha256').update('tidings-article\u0000').update(documentIdFor(article.text, articleMetaOf(article))).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Two workers starting at once may both try to create a queue; the loser's duplicate-key error is harmless.
function ignoreExisting(error: unknown): void {
  if (!/already exists|duplicate key/i.test(String((error as Error).message))) throw error;
}
