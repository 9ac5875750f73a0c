/** What tidings remembers about one subscribed feed between polls and across restarts. */
export interface FeedState {
  readonly url: string;
  readonly title?: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** ISO instant of the next poll. */
  readonly nextPollAt: string;
  /** The feed's normal polling interval. */
  readonly intervalSeconds: number;
  /** Consecutive failed polls; drives the backoff. */
  readonly failures: number;
  readonly lastPolledAt?: string;
  readonly lastSuccessAt?: string;
  readonly lastErrorAt?: string;
  readonly lastError?: string;
  /** When a poll last brought at least one new article. */
  readonly lastNewItemAt?: string;
  readonly itemsTotal: number;
}

/** One poll's outcome, kept for the health report (items per day, gaps). */
export interface FeedPoll {
  readonly url: string;
  readonly polledAt: string;
  readonly outcome: 'new-items' | 'no-new-items' | 'not-modified' | 'error';
  readonly newItems: number;
  readonly error?: string;
}

/** A feed to subscribe to, from an OPML file or a list. */
export interface FeedSubscription {
  readonly url: string;
  readonly title?: string;
}

/**
 * The persistent schedule: SQLite and PostgreSQL implement it in the storage layer (their own tables and migration),
 * so polling resumes where it stopped after a restart.
 */
export interface FeedStateStore {
  /** Adds feeds not yet known (due now); known feeds keep their state. */
  subscribe(feeds: readonly FeedSubscription[], now: string, intervalSeconds: number): Promise<void>;
  listFeeds(): Promise<FeedState[]>;
  saveState(state: FeedState): Promise<void>;
  recordPoll(poll: FeedPoll): Promise<void>;
  /** Polls of one feed since an instant, oldest first. */
  listPolls(url: string, since: string): Promise<FeedPoll[]>;
}
