import { defineCommand } from 'citty';
import { InputError } from '../model/errors.ts';
import { createAnalyzer } from '../pipeline/analyzer.ts';
import { JobQueue } from '../service/jobs/job-queue.ts';
import { runWorker } from '../service/jobs/run-worker.ts';
import { openStore } from '../storage/open-store.ts';
import { debugArgs, resolveDbLocation, storeArgs } from './_shared.ts';
import { knowledgeArgs, knowledgeOptions } from './knowledge-args.ts';

/** `tidings worker`: one of many processes taking ingest and analysis jobs from the PostgreSQL job queue. */
export default defineCommand({
  meta: { name: 'worker', description: 'Take ingest/analysis jobs from the PostgreSQL queue (run several, on several machines)' },
  args: {
    ...knowledgeArgs,
    ...storeArgs,
    ...debugArgs,
    batch: { type: 'string', description: 'Jobs fetched per round trip', default: '20', valueHint: 'number' },
    'exit-when-empty': { type: 'boolean', description: 'Stop once the queue has no pending jobs (batch runs, benchmarks)', default: false },
    'expire-seconds': { type: 'string', description: 'Seconds before a crashed worker\'s job is retried elsewhere', default: '300', valueHint: 'number' },
    corpus: {
      type: 'boolean',
      description: 'Find duplicates, place articles in stories and match watches (--no-corpus: analyse and store only, e.g. a bulk backfill)',
      default: true,
    },
  },
  async run({ args, rawArgs }) {
    const batchSize = positive(args.batch, '--batch');
    const expireInSeconds = positive(args['expire-seconds'], '--expire-seconds');
    const db = resolveDbLocation(args.db);
    const queue = await JobQueue.open(db, { expireInSeconds, maintenanceIntervalSeconds: Math.min(30, expireInSeconds) });
    // A store that fails to open (e.g. a schema newer than this tidings) must not leave pg-boss holding the process open.
    const store = await openStore(db).catch(async (error: unknown) => {
      await queue.stop(false);
      throw error;
    });
    const analyzer = await createAnalyzer(knowledgeOptions(rawArgs));
    const log = (line: string) => process.stderr.write(`tidings worker ${process.pid}: ${line}\n`);
    const worker = runWorker({ queue, store, analyzer, batchSize, log, ...(args.corpus ? {} : { hooks: [] }) });
    const report = () => log(`stored ${worker.counts.stored}, already stored ${worker.counts.duplicate}, failed ${worker.counts.failed}`);
    const progress = setInterval(report, 10_000);
    let stopping = false;
    const shutdown = async (reason: string) => {
      if (stopping) process.exit(1); // a second signal: give up now; unfinished jobs expire and are retried
      stopping = true;
      log(`${reason}: finishing the jobs in hand`);
      clearInterval(progress);
      await worker.stop();
      await queue.stop(true);
      await store.close();
      report();
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));
    process.once('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
    log(`started on ${store.kind}; waiting for jobs`);
    if (args['exit-when-empty']) {
      while (!stopping) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const pending = await queue.pending();
        if (pending.articles + pending.sources === 0) break;
      }
      if (!stopping) await shutdown('queue empty');
      return;
    }
    await worker.done;
  },
});

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`Expected a positive whole number for \`${flag}\`, got \`${value}\`.`);
  return n;
}
