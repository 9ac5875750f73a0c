import type { Pool } from 'pg';
import type { FeedPoll, FeedState, FeedStateStore, FeedSubscription } from '../../ingest/poll/feed-state.ts';

/** The feed schedule in PostgreSQL (tables from migration 050), shared by every watcher on the database. */
export class PostgresFeedStates implements FeedStateStore {
  constructor(private readonly pool: Pool) {}

  async subscribe(feeds: readonly FeedSubscription[], now: string, intervalSeconds: number): Promise<void> {
    if (feeds.length === 0) return;
    const states = feeds.map((feed): FeedState => ({ url: feed.url, ...(feed.title ? { title: feed.title } : {}), nextPollAt: now, intervalSeconds, failures: 0, itemsTotal: 0 }));
    await this.pool.query(
      `INSERT INTO feed_state (url, next_poll_at, state) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[]) ON CONFLICT (url) DO NOTHING`,
      [states.map((s) => s.url), states.map(() => now), states.map((s) => JSON.stringify(s))],
    );
  }

  async listFeeds(): Promise<FeedState[]> {
    const { rows } = await this.pool.query<{ state: FeedState }>('SELECT state FROM feed_state ORDER BY url');
    return rows.map((row) => row.state);
  }

  async saveState(state: FeedState): Promise<void> {
    await this.pool.query(
      `INSERT INTO feed_state (url, next_poll_at, state) VALUES ($1, $2, $3)
       ON CONFLICT (url) DO UPDATE SET next_poll_at = EXCLUDED.next_poll_at, state = EXCLUDED.state`,
      [state.url, state.nextPollAt, JSON.stringify(state)],
    );
  }

  async recordPoll(poll: FeedPoll): Promise<void> {
    await this.pool.query('INSERT INTO feed_polls (url, polled_at, outcome, new_items, error) VALUES ($1, $2, $3, $4, $5)',
      [poll.url, poll.polledAt, poll.outcome, poll.newItems, poll.error ?? null]);
  }

  async listPolls(url: string, since: string): Promise<FeedPoll[]> {
    const { rows } = await this.pool.query<{ url: string; polled_at: string; outcome: FeedPoll['outcome']; new_items: number; error: string | null }>(
      'SELECT url, polled_at, outcome, new_items, error FROM feed_polls WHERE url = $1 AND polled_at >= $2 ORDER BY polled_at', [url, since]);
    return rows.map((r) => ({ url: r.url, polledAt: r.polled_at, outcome: r.outcome, newItems: r.new_items, ...(r.error ? { error: r.error } : {}) }));
  }
}
