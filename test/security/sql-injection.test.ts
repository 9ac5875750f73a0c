import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from '../../src/storage/postgres/test-postgres.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';
import type { Store } from '../../src/storage/store.ts';

const HOSTILE = [
  "'; DROP TABLE documents; --",
  "x' OR '1'='1",
  '" OR 1=1 --',
  "%' UNION SELECT id, text FROM documents --",
  "\\'; SELECT pg_sleep(5); --",
  'NEAR(a b) OR title:*',
  "a' && 'b':* | !c",
];

async function probe(store: Store): Promise<void> {
  const before = await store.stats();
  for (const text of HOSTILE) {
    await store.search({ text, source: text, actor: text, topic: text, since: text, until: text });
    await store.listActors({ text });
    await store.listEvents({ actor: text, rootCode: text, documentId: text });
    assert.equal(await store.hasDocument(text), false);
    assert.equal(await store.getDocument(text), undefined);
  }
  assert.deepEqual(await store.stats(), before, 'hostile text changed nothing');
}

const pgUrl = await testPostgresUrl();
const schemas: string[] = [];
after(async () => {
  if (pgUrl) for (const schema of schemas) await dropTestSchema(pgUrl, schema);
});

describe('parameterised SQL', () => {
  it('treats SQL and search syntax in every SQLite query field as plain values', async () => {
    const store = new SqliteStore(':memory:');
    try {
      await probe(store);
    } finally {
      await store.close();
    }
  });

  it('treats SQL and search syntax in every PostgreSQL query field as plain values', async (t) => {
    if (!pgUrl) return t.skip('TIDINGS_TEST_PG unset or unreachable');
    const schema = uniqueTestSchema('sqli');
    schemas.push(schema);
    const store = await PostgresStore.open({ connectionString: pgUrl, schema });
    try {
      await probe(store);
    } finally {
      await store.close();
    }
  });
});
