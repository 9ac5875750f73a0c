import type { FeedPoll, FeedState } from './feed-state.ts';

/** The state a feed is in, as a person watching many feeds needs to see it. */
export type FeedStatus = 'ok' | 'silent' | 'failing' | 'new';

/** One feed's health: is it alive, how much it brings, and how long it has gone quiet. */
export interface FeedHealth {
  readonly url: string;
  readonly title?: string;
  readonly status: FeedStatus;
  readonly lastSuccessAt?: string;
  readonly lastErrorAt?: string;
  readonly lastError?: string;
  readonly failures: number;
  /** New articles per day over the window. */
  readonly itemsPerDay: number;
  /** Longest stretch without new articles inside the window, in hours. */
  readonly longestGapHours: number;
  /** Hours since the last new article (or since polling began). */
  readonly currentGapHours: number;
  readonly nextPollAt: string;
}

const HOUR = 3_600_000;

/**
 * Judges a feed from its state and recent polls. Failing: three failures in a row, or the last error is newer than
 * the last success. Silent: it answers but has brought nothing new for longer than three of its usual gaps (at
 * least a day), which is how a feed that died quietly shows up.
 */
export function feedHealth(state: FeedState, polls: readonly FeedPoll[], now: Date, windowDays = 7): FeedHealth {
  const windowStart = now.getTime() - windowDays * 24 * HOUR;
  const recent = polls.filter((p) => Date.parse(p.polledAt) >= windowStart);
  const firstPoll = recent[0] ? Date.parse(recent[0].polledAt) : now.getTime();
  const observedDays = Math.max((now.getTime() - firstPoll) / (24 * HOUR), 1 / 24);
  const newItems = recent.reduce((sum, p) => sum + p.newItems, 0);
  const arrivals = recent.filter((p) => p.newItems > 0).map((p) => Date.parse(p.polledAt));
  let longestGap = 0;
  let previous = firstPoll;
  for (const t of arrivals) {
    longestGap = Math.max(longestGap, t - previous);
    previous = t;
  }
  const lastArrival = state.lastNewItemAt ? Date.parse(state.lastNewItemAt) : firstPoll;
  const currentGap = now.getTime() - lastArrival;
  const span = (arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0);
  const typicalGap = arrivals.length >= 2 ? span / (arrivals.length - 1) : 24 * HOUR;
  const failing = state.failures >= 3 || (state.lastErrorAt !== undefined && (state.lastSuccessAt ?? '') < state.lastErrorAt);
  const silent = state.lastPolledAt !== undefined && currentGap > Math.max(3 * typicalGap, 24 * HOUR);
  const status: FeedStatus = state.lastPolledAt === undefined ? 'new' : failing ? 'failing' : silent ? 'silent' : 'ok';
  return {
    url: state.url,
    ...(state.title ? { title: state.title } : {}),
    status,
    ...(state.lastSuccessAt ? { lastSuccessAt: state.lastSuccessAt } : {}),
    ...(state.lastErrorAt ? { lastErrorAt: state.lastErrorAt } : {}),
    ...(state.lastError ? { lastError: state.lastError } : {}),
    failures: state.failures,
    itemsPerDay: Math.round((newItems / observedDays) * 10) / 10,
    longestGapHours: Math.round((Math.max(longestGap, currentGap) / HOUR) * 10) / 10,
    currentGapHours: Math.round((currentGap / HOUR) * 10) / 10,
    nextPollAt: state.nextPollAt,
  };
}
