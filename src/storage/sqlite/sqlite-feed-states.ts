import type Database from 'better-sqlite3';
import type { FeedPoll, FeedState, FeedStateStore, FeedSubscription } from '../../ingest/poll/feed-state.ts';

/** The feed schedule in the SQLite file (tables from migration 050). */
export class SqliteFeedStates implements FeedStateStore {
  constructor(private readonly db: Database.Database) {}

  async subscribe(feeds: readonly FeedSubscription[], now: string, intervalSeconds: number): Promise<void> {
    const insert = this.db.prepare('INSERT OR IGNORE INTO feed_state (url, next_poll_at, state) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const feed of feeds) {
        const state: FeedState = { url: feed.url, ...(feed.title ? { title: feed.title } : {}), nextPollAt: now, intervalSeconds, failures: 0, itemsTotal: 0 };
        insert.run(feed.url, now, JSON.stringify(state));
      }
    })();
  }

  async listFeeds(): Promise<FeedState[]> {
    const rows = this.db.prepare('SELECT state FROM feed_state ORDER BY url').pluck().all() as string[];
    return rows.map((row) => JSON.parse(row) as FeedState);
  }

  async saveState(state: FeedState): Promise<void> {
    this.db.prepare('INSERT OR REPLACE INTO feed_state (url, next_poll_at, state) VALUES (?, ?, ?)').run(state.url, state.nextPollAt, JSON.stringify(state));
  }

  async recordPoll(poll: FeedPoll): Promise<void> {
    this.db.prepare('INSERT INTO feed_polls (url, polled_at, outcome, new_items, error) VALUES (?, ?, ?, ?, ?)')
      .run(poll.url, poll.polledAt, poll.outcome, poll.newItems, poll.error ?? null);
  }

  async listPolls(url: string, since: string): Promise<FeedPoll[]> {
    const rows = this.db.prepare<[string, string], { url: string; polled_at: string; outcome: FeedPoll['outcome']; new_items: number; error: string | null }>(
      'SELECT url, polled_at, outcome, new_items, error FROM feed_polls WHERE url = ? AND polled_at >= ? ORDER BY polled_at',
    ).all(url, since);
    return rows.map((r) => ({ url: r.url, polledAt: r.polled_at, outcome: r.outcome, newItems: r.new_items, ...(r.error ? { error: r.error } : {}) }));
  }
}
