import type { Pool } from 'pg';
import type { FeedStateStore } from '../ingest/poll/feed-state.ts';
import { ConfigError } from '../model/errors.ts';
import { SqliteFeedStates } from './sqlite/sqlite-feed-states.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

/** The feed schedule kept in the same database as the store, so it survives restarts with the articles. */
export async function feedStatesFor(store: Store): Promise<FeedStateStore> {
  if (store instanceof SqliteStore) return new SqliteFeedStates(store.db);
  const pool = (store as Store & { pool?: Pool }).pool;
  if (store.kind === 'postgres' && pool) {
    // Loaded only for PostgreSQL, like the store itself, so SQLite users never load pg.
    const { PostgresFeedStates } = await import('./postgres/pg-feed-states.ts');
    return new PostgresFeedStates(pool);
  }
  throw new ConfigError(`The ${store.kind} store has no feed schedule.`, 'Use a SQLite path or a postgres:// URL with --db.');
}
