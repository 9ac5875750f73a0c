import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { FeedState } from '../../src/ingest/poll/feed-state.ts';
import { feedStatesFor } from '../../src/storage/feed-states-for.ts';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from '../../src/storage/postgres/test-postgres.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';
import type { Store } from '../../src/storage/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'tidings-feeds-'));
const pgUrl = await testPostgresUrl();
const pgSchema = uniqueTestSchema('feeds');
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (pgUrl) await dropTestSchema(pgUrl, pgSchema);
});

async function survivesRestart(open: () => Promise<Store>): Promise<void> {
  const url = 'https://feeds.example.test/world.xml';
  const first = await open();
  const states = await feedStatesFor(first);
  await states.subscribe([{ url, title: 'World' }], '2025-01-01T00:00:00.000Z', 900);
  const polled: FeedState = { url, title: 'World', etag: '"e1"', nextPollAt: '2025-01-01T00:15:00.000Z', intervalSeconds: 900, failures: 0, lastPolledAt: '2025-01-01T00:00:00.000Z', lastSuccessAt: '2025-01-01T00:00:00.000Z', itemsTotal: 7 };
  await states.saveState(polled);
  await states.recordPoll({ url, polledAt: '2025-01-01T00:00:00.000Z', outcome: 'new-items', newItems: 7 });
  await first.close();

  const second = await open();
  const reopened = await feedStatesFor(second);
  await reopened.subscribe([{ url }], '2025-06-01T00:00:00.000Z', 60);
  assert.deepEqual(await reopened.listFeeds(), [polled], 'the schedule and validators survive; resubscribing does not reset them');
  assert.deepEqual(await reopened.listPolls(url, '2024-12-31T00:00:00.000Z'), [{ url, polledAt: '2025-01-01T00:00:00.000Z', outcome: 'new-items', newItems: 7 }]);
  await second.close();
}

describe('persistent feed schedule', () => {
  it('survives closing and reopening a SQLite store', async () => {
    await survivesRestart(async () => new SqliteStore(join(dir, 'feeds.db')));
  });

  it('survives closing and reopening a PostgreSQL store', async (t) => {
    if (!pgUrl) return t.skip('TIDINGS_TEST_PG unset or unreachable');
    await survivesRestart(() => PostgresStore.open({ connectionString: pgUrl, schema: pgSchema }));
  });
});
