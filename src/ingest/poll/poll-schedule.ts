import type { FeedState } from './feed-state.ts';

/** Longest wait after repeated failures: a dead feed is still retried daily. */
export const MAX_BACKOFF_SECONDS = 24 * 3600;

/** How a poll went, as far as scheduling cares. */
export type PollResult =
  | { readonly ok: true; readonly newItems: number; readonly etag?: string; readonly lastModified?: string; readonly title?: string }
  | { readonly ok: false; readonly error: string; readonly retryAfterSeconds?: number };

/**
 * The feed's state after a poll at `now`: success resets the failure count and schedules the next poll one interval
 * on; failure backs off exponentially (interval × 2^failures, capped at a day, never sooner than Retry-After).
 * A per-feed offset spreads feeds sharing an interval so they do not all fire at once.
 */
export function nextFeedState(state: FeedState, result: PollResult, now: Date): FeedState {
  const at = now.toISOString();
  const spread = spreadSeconds(state.url, state.intervalSeconds);
  if (result.ok) {
    const { etag, lastModified, ...rest } = state;
    return {
      ...rest,
      ...(result.etag ?? etag ? { etag: result.etag ?? etag } : {}),
      ...(result.lastModified ?? lastModified ? { lastModified: result.lastModified ?? lastModified } : {}),
      ...(result.title && !state.title ? { title: result.title } : {}),
      failures: 0,
      lastPolledAt: at,
      lastSuccessAt: at,
      ...(result.newItems > 0 ? { lastNewItemAt: at } : {}),
      itemsTotal: state.itemsTotal + result.newItems,
      nextPollAt: new Date(now.getTime() + (state.intervalSeconds + spread) * 1000).toISOString(),
    };
  }
  const failures = state.failures + 1;
  const backoff = Math.min(state.intervalSeconds * 2 ** Math.min(failures, 20), MAX_BACKOFF_SECONDS);
  const wait = Math.max(backoff, result.retryAfterSeconds ?? 0);
  return {
    ...state,
    failures,
    lastPolledAt: at,
    lastErrorAt: at,
    lastError: result.error.slice(0, 500),
    nextPollAt: new Date(now.getTime() + (wait + spread) * 1000).toISOString(),
  };
}

/** Feeds due at `now`, the most overdue first. */
export function dueFeeds(feeds: readonly FeedState[], now: Date): FeedState[] {
  const t = now.toISOString();
  return feeds.filter((f) => f.nextPollAt <= t).sort((a, b) => a.nextPollAt.localeCompare(b.nextPollAt));
}

// Up to 10% of the interval, fixed per URL: deterministic, so tests and restarts see the same schedule.
function spreadSeconds(url: string, intervalSeconds: number): number {
  let h = 0;
  for (let i = 0; i < url.length; i++) h = (h * 31 + url.charCodeAt(i)) >>> 0;
  return Math.floor((h % 1000) / 1000 * intervalSeconds * 0.1);
}
