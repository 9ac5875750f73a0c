import { readFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import { articleMetaOf } from '../ingest/raw-article.ts';
import { feedHealth, type FeedHealth } from '../ingest/poll/feed-health.ts';
import { parseFeedList } from '../ingest/poll/feed-list.ts';
import { FeedPoller } from '../ingest/poll/feed-poller.ts';
import { HostLimiter } from '../ingest/poll/host-limiter.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import { InputError } from '../model/errors.ts';
import { createAnalyzer, documentIdFor } from '../pipeline/analyzer.ts';
import { ingestArticles } from '../service/ingest-articles.ts';
import { feedStatesFor } from '../storage/feed-states-for.ts';
import { openStore } from '../storage/open-store.ts';
import { debugArgs, jsonArgs, resolveDbLocation, storeArgs } from './_shared.ts';
import { knowledgeArgs, knowledgeOptions } from './knowledge-args.ts';

/** `tidings watch-feeds`: poll feeds politely on a schedule kept in the store, and report each feed's health. */
export default defineCommand({
  meta: { name: 'watch-feeds', description: 'Poll RSS/Atom/JSON feeds on a persistent schedule; --health reports each feed' },
  args: {
    ...knowledgeArgs,
    ...storeArgs,
    ...jsonArgs,
    ...debugArgs,
    feeds: { type: 'positional', required: false, description: 'An OPML file or a list of feed URLs (one per line); optional once subscribed', valueHint: 'feeds.opml|list' },
    interval: { type: 'string', description: 'Minutes between polls of one feed', default: '15', valueHint: 'minutes' },
    once: { type: 'boolean', description: 'Poll the feeds that are due, then exit', default: false },
    health: { type: 'boolean', description: 'Print each feed\'s health (last success, last error, items/day, gaps) and exit', default: false },
    'per-host': { type: 'string', description: 'Requests at once to one host', default: '2', valueHint: 'number' },
    'host-interval': { type: 'string', description: 'Least milliseconds between requests to one host', default: '1000', valueHint: 'ms' },
    'allow-private': { type: 'boolean', description: 'Allow feeds on loopback/private addresses (local testing only)', default: false },
  },
  async run({ args, rawArgs }) {
    const intervalSeconds = Math.round(positive(args.interval, '--interval') * 60);
    const store = await openStore(resolveDbLocation(args.db));
    const states = await feedStatesFor(store);
    if (args.feeds) {
      const feeds = parseFeedList(await readFile(args.feeds, 'utf8').catch(() => {
        throw new InputError(`Cannot read the feed list \`${args.feeds}\`.`, 'Pass an OPML file or a text file with one feed URL per line.');
      }), `\`${args.feeds}\``);
      await states.subscribe(feeds, new Date().toISOString(), intervalSeconds);
    }
    if (args.health) {
      const now = new Date();
      const since = new Date(now.getTime() - 7 * 86_400_000).toISOString();
      const report: FeedHealth[] = [];
      for (const feed of await states.listFeeds()) report.push(feedHealth(feed, await states.listPolls(feed.url, since), now));
      process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : formatHealth(report));
      await store.close();
      return;
    }
    if ((await states.listFeeds()).length === 0) {
      await store.close();
      throw new InputError('No feeds to watch.', 'Pass an OPML file or a list of feed URLs: `tidings watch-feeds feeds.opml`.');
    }
    const analyzer = await createAnalyzer(knowledgeOptions(rawArgs));
    const ingest = async (items: readonly SourceItem[]) => {
      const fresh: SourceItem[] = [];
      for (const item of items) {
        if ('article' in item && await store.hasDocument(documentIdFor(item.article.text, articleMetaOf(item.article)))) continue;
        fresh.push(item);
      }
      return ingestArticles(fresh, { store, analyzer });
    };
    const log = (line: string) => process.stderr.write(`tidings watch-feeds: ${line}\n`);
    const poller = new FeedPoller({
      states,
      ingest,
      limiter: new HostLimiter({ perHost: positive(args['per-host'], '--per-host'), minIntervalMs: Number(args['host-interval']) }),
      ...(args['allow-private'] ? { fetch: { allowPrivate: true } } : {}),
      log,
    });
    const stop = new AbortController();
    const shutdown = () => {
      if (stop.signal.aborted) process.exit(1);
      log('stopping after the polls in flight');
      stop.abort();
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
    do {
      await poller.pollDue(new Date(), stop.signal);
      if (args.once) break;
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 5000);
        stop.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(undefined); }, { once: true });
      });
    } while (!stop.signal.aborted);
    await store.close();
  },
});

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InputError(`Expected a positive number for \`${flag}\`, got \`${value}\`.`);
  return n;
}

function formatHealth(report: readonly FeedHealth[]): string {
  const lines = report.map((h) => [
    h.status.toUpperCase().padEnd(7),
    `${h.itemsPerDay}/day`.padEnd(10),
    `gap ${h.currentGapHours}h (max ${h.longestGapHours}h)`.padEnd(24),
    `ok ${h.lastSuccessAt ?? 'never'}`,
    h.lastError ? ` — last error ${h.lastErrorAt}: ${h.lastError}` : '',
    `\n        ${h.title ? `${h.title} ` : ''}${h.url}`,
  ].join(' '));
  return `${lines.join('\n')}\n${report.length} feeds: ${report.filter((h) => h.status !== 'ok').length} need attention.\n`;
}
