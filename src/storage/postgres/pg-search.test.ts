import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SearchQuery } from '../store.ts';
import { RANKED_CANDIDATES, searchPostgres } from './pg-search.ts';
import { PostgresStore } from './postgres-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from './test-postgres.ts';
import { toTsQuery } from './ts-query.ts';

const url = await testPostgresUrl();
const ROWS = 9000;

// Words at known rates, so searches need one window, several, or the whole table: "harbour" in every document,
// "third" in every 3rd (its second window walks rows), "tenth" in every 10th (its second window uses the index), "rare" in every 997th, "recent" only in the newest 300, "ancient" only in the oldest 50.
const seedSql = `
INSERT INTO documents (id, title, source, published, language, text, body)
SELECT 'doc-' || g, 'Report ' || g, CASE WHEN g % 5 = 0 THEN 'Valley Ledger' ELSE 'Example Wire' END,
  '2025-' || lpad((1 + g % 12)::text, 2, '0') || '-10', 'en',
  concat_ws(' ', 'The harbour board met on day', g::text || '.',
    CASE WHEN g % 3 = 0 THEN 'A third crew unloaded grain.' END,
    CASE WHEN g % 10 = 0 THEN 'A tenth meeting discussed the tenth pier and the tenth crane.' END,
    CASE WHEN g % 997 = 0 THEN 'A rare visitor arrived.' END,
    CASE WHEN g > ${ROWS - 300} THEN 'The recent storm closed the harbour.' END,
    CASE WHEN g <= 50 THEN 'An ancient wall was found.' END,
    repeat('harbour ', g % 3)),
  '{}'
FROM generate_series(1, ${ROWS}) g`;

describe('PostgreSQL text search in windows of the newest documents', { skip: url ? false : 'TIDINGS_TEST_PG unset or unreachable' }, () => {
  const schema = uniqueTestSchema('search');
  let store: PostgresStore;
  before(async () => {
    store = await PostgresStore.open({ connectionString: url ?? '', schema });
    await store.pool.query(seedSql);
    await store.pool.query('ANALYZE documents');
  });
  after(async () => {
    await store.close();
    if (url) await dropTestSchema(url, schema);
  });

  // The definition the windows must reproduce: rank the newest 1,000 matches in one statement.
  async function expected(query: SearchQuery & { text: string }): Promise<{ total: number; ids: string[] }> {
    const q = toTsQuery(query.text);
    const params: unknown[] = [q];
    const source = query.source ? `AND lower(source) = lower($${params.push(query.source)})` : '';
    const since = query.since ? `AND left(published, 10) >= $${params.push(query.since)}` : '';
    const { rows } = await store.pool.query<{ id: string; total: string }>(
      `SELECT id, count(*) OVER () AS total FROM (
         SELECT id, seq, ts_rank_cd(search, to_tsquery('english', $1)) AS score FROM documents
         WHERE search @@ to_tsquery('english', $1) ${source} ${since} ORDER BY seq DESC LIMIT ${RANKED_CANDIDATES}
       ) c ORDER BY score DESC, seq`,
      params,
    );
    const offset = query.offset ?? 0;
    return { total: Number(rows[0]?.total ?? 0), ids: rows.slice(offset, offset + (query.limit ?? 20)).map((r) => r.id) };
  }

  const cases: (SearchQuery & { text: string })[] = [
    { text: 'harbour' },
    { text: 'harbour', offset: 990, limit: 20 },
    { text: 'third crew' },
    { text: 'tenth' },
    { text: 'tenth', limit: 500, offset: 400 },
    { text: 'tenth pier', source: 'Valley Ledger' },
    { text: '"tenth crane"', since: '2025-06-01' },
    { text: 'rare' },
    { text: 'recent' },
    { text: 'ancient' },
    { text: 'harbour ancient' },
    { text: 'harb*', source: 'valley ledger' },
    { text: 'nowhere' },
  ];
  for (const query of cases) {
    it(`ranks and counts the same newest matches as one full query for ${JSON.stringify(query)}`, async () => {
      const want = await expected(query);
      const got = await searchPostgres(store.pool, query);
      assert.equal(got.total, Math.min(want.total, RANKED_CANDIDATES));
      assert.deepEqual(got.hits.map((h) => h.id), want.ids);
    });
  }

  it('says the total is capped only when more than 1,000 documents match', async () => {
    assert.equal((await searchPostgres(store.pool, { text: 'harbour' })).isTotalCapped, true);
    assert.equal((await searchPostgres(store.pool, { text: 'tenth' })).isTotalCapped, undefined);
    assert.equal((await searchPostgres(store.pool, { text: 'rare' })).isTotalCapped, undefined);
  });

  it('gives the connection back with every scan kind on again', async () => {
    await searchPostgres(store.pool, { text: 'tenth' });
    const clients = await Promise.all(Array.from({ length: 8 }, () => store.pool.connect()));
    try {
      for (const client of clients) {
        for (const setting of ['enable_indexscan', 'enable_bitmapscan', 'enable_seqscan']) {
          assert.equal((await client.query<Record<string, string>>(`SHOW ${setting}`)).rows[0]?.[setting], 'on');
        }
      }
    } finally {
      for (const client of clients) client.release();
    }
  });
});
