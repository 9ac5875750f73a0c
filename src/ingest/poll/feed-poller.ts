import { InputError } from '../../model/errors.ts';
import { extractPageArticle } from '../extract-page-article.ts';
import { safeFetch, type SafeFetchOptions } from '../fetch/safe-fetch.ts';
import { parseFeedArticles } from '../parse-feed-articles.ts';
import type { SourceItem } from '../source-item.ts';
import type { FeedState, FeedStateStore } from './feed-state.ts';
import { HostLimiter } from './host-limiter.ts';
import { dueFeeds, nextFeedState, type PollResult } from './poll-schedule.ts';
import { RobotsCache } from './robots-cache.ts';

const POLLER_USER_AGENT = 'tidings-feed-poller/0.1 (+https://github.com/tidings)';

/** Feed items shorter than this are teasers: the article page is fetched (where robots.txt allows) for the full text. */
const TEASER_CHARS = 400;

export interface FeedPollerOptions {
  readonly states: FeedStateStore;
  /** Analyses and stores items; answers how many were new articles. */
  readonly ingest: (items: readonly SourceItem[]) => Promise<{ readonly new: number }>;
  readonly fetch?: SafeFetchOptions;
  readonly limiter?: HostLimiter;
  /** Feeds polled at once across all hosts (default 8). */
  readonly concurrency?: number;
  readonly fetchPages?: boolean;
  readonly maxFeedBytes?: number;
  readonly log?: (line: string) => void;
}

/**
 * Polls every due feed once, politely (conditional GET, per-host limits, robots-aware page fetches), records each
 * outcome and schedules the next poll. Errors are recorded on the feed, never thrown: one bad feed stops nothing.
 */
export class FeedPoller {
  readonly #options: FeedPollerOptions;
  readonly #limiter: HostLimiter;
  readonly #robots: RobotsCache;

  constructor(options: FeedPollerOptions) {
    this.#options = options;
    this.#limiter = options.limiter ?? new HostLimiter();
    this.#robots = new RobotsCache(POLLER_USER_AGENT, options.fetch ?? {});
  }

  /** Polls the feeds due at `now`; returns how many were polled. */
  async pollDue(now = new Date(), signal?: AbortSignal): Promise<number> {
    const due = dueFeeds(await this.#options.states.listFeeds(), now);
    let next = 0;
    const worker = async () => {
      while (next < due.length && !signal?.aborted) {
        const feed = due[next++];
        if (feed) await this.pollFeed(feed);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#options.concurrency ?? 8, due.length) }, worker));
    return due.length;
  }

  /** Polls one feed now, saves its new state and the poll record, and returns the new state. */
  async pollFeed(feed: FeedState): Promise<FeedState> {
    const result = await this.#poll(feed).catch((error: unknown): PollResult => ({ ok: false, error: messageOf(error) }));
    const polledAt = new Date();
    const state = nextFeedState(feed, result, polledAt);
    await this.#options.states.saveState(state);
    await this.#options.states.recordPoll({
      url: feed.url,
      polledAt: polledAt.toISOString(),
      outcome: !result.ok ? 'error' : result.newItems > 0 ? 'new-items' : 'no-new-items',
      newItems: result.ok ? result.newItems : 0,
      ...(result.ok ? {} : { error: result.error }),
    });
    this.#options.log?.(`${feed.url}: ${result.ok ? `${result.newItems} new` : `error: ${result.error}`}`);
    return state;
  }

  async #poll(feed: FeedState): Promise<PollResult> {
    const response = await this.#limiter.run(feed.url, () => safeFetch(feed.url, {
      ...this.#options.fetch,
      maxBytes: this.#options.maxFeedBytes ?? 5_000_000,
      userAgent: POLLER_USER_AGENT,
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
      ...(feed.etag ? { etag: feed.etag } : {}),
      ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
    }));
    const validators = { ...(response.etag ? { etag: response.etag } : {}), ...(response.lastModified ? { lastModified: response.lastModified } : {}) };
    if (response.notModified) return { ok: true, newItems: 0, ...validators };
    if (response.status === 429 || response.status === 503) {
      return { ok: false, error: `HTTP ${response.status} (server asked us to slow down)`, retryAfterSeconds: 3600 };
    }
    if (response.status >= 400) return { ok: false, error: `HTTP ${response.status}` };
    let items: SourceItem[];
    try {
      items = parseFeedArticles(response.body, `\`${feed.url}\``);
    } catch (error) {
      // An empty feed is not an error: the health report shows it as silent.
      if (error instanceof InputError && /has no items/.test(error.message)) return { ok: true, newItems: 0, ...validators };
      throw error;
    }
    if (this.#options.fetchPages ?? true) items = await Promise.all(items.map((item) => this.#withPageText(item)));
    const { new: newItems } = await this.#options.ingest(items);
    const title = items.find((i): i is Extract<SourceItem, { article: unknown }> => 'article' in i)?.article.source;
    return { ok: true, newItems, ...validators, ...(title ? { title } : {}) };
  }

  async #withPageText(item: SourceItem): Promise<SourceItem> {
    if (!('article' in item) || !item.article.url || item.article.text.length >= TEASER_CHARS) return item;
    const { url } = item.article;
    try {
      if (!(await this.#robots.isAllowed(url))) return item;
      const page = await this.#limiter.run(url, () => safeFetch(url, { ...this.#options.fetch, userAgent: POLLER_USER_AGENT, maxBytes: 5_000_000, accept: 'text/html' }));
      if (page.status >= 400 || !/html/i.test(page.contentType)) return item;
      const extracted = extractPageArticle(page.body, `\`${url}\``, url);
      return { ...item, article: { ...item.article, text: extracted.text } };
    } catch {
      return item; // the teaser is still worth analysing
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
