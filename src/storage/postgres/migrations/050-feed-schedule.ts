/** The feed poller's persistent schedule and poll log, as in SQLite's migration 050. */
export const pgFeedScheduleMigration = {
  version: 50,
  name: 'feed-schedule',
  sql: `
CREATE TABLE feed_state (
  url TEXT PRIMARY KEY,
  next_poll_at TEXT NOT NULL,
  state JSONB NOT NULL
);
CREATE INDEX feed_state_next ON feed_state(next_poll_at);
CREATE TABLE feed_polls (
  url TEXT NOT NULL,
  polled_at TEXT NOT NULL,
  outcome TEXT NOT NULL,
  new_items INTEGER NOT NULL,
  error TEXT
);
CREATE INDEX feed_polls_url ON feed_polls(url, polled_at);
`,
} as const;
