import { defineCommand } from 'citty';
import type { RawArticle } from '../ingest/raw-article.ts';
import { readSource } from '../ingest/read-source.ts';
import { JobQueue } from '../service/jobs/job-queue.ts';
import { debugArgs, jsonArgs, resolveDbLocation, storeArgs } from './_shared.ts';

/** `tidings enqueue`: put sources on the PostgreSQL job queue for `tidings worker` processes to analyse and store. */
export default defineCommand({
  meta: { name: 'enqueue', description: 'Queue articles (read here) or URLs (read by a worker) for `tidings worker`' },
  args: {
    ...storeArgs,
    ...jsonArgs,
    ...debugArgs,
    sources: { type: 'positional', description: 'Feeds, pages, folders, JSONL files or URLs', required: true, valueHint: 'source...' },
  },
  async run({ args }) {
    const queue = await JobQueue.open(resolveDbLocation(args.db));
    const positional = (args as unknown as { _: string[] })._;
    const summary = { sources: 0, articles: 0, queued: 0, unreadable: 0 };
    try {
      for (const source of positional.length > 0 ? positional : [args.sources]) {
        summary.sources++;
        // URLs are fetched by a worker (they may be slow); local files are read here, since workers may not see them.
        if (/^https?:\/\//i.test(source)) {
          await queue.enqueueSource(source);
          continue;
        }
        let batch: RawArticle[] = [];
        for await (const item of readSource(source)) {
          if ('error' in item) {
            summary.unreadable++;
            process.stderr.write(`tidings: skipped ${item.label}: ${item.error.message}\n`);
            continue;
          }
          batch.push(item.article);
          summary.articles++;
          if (batch.length >= 500) {
            summary.queued += await queue.enqueueArticles(batch);
            batch = [];
          }
        }
        summary.queued += await queue.enqueueArticles(batch);
      }
    } finally {
      await queue.stop(true);
    }
    process.stdout.write(args.json ? `${JSON.stringify(summary)}\n`
      : `Queued ${summary.queued} new article jobs (${summary.articles} read, ${summary.unreadable} unreadable) from ${summary.sources} sources.\n`);
  },
});
