import { after, describe, it } from 'node:test';
import { describeCorpusStore } from '../corpus-store.contract.ts';
import { PostgresStore } from './postgres-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from './test-postgres.ts';

const url = await testPostgresUrl();

if (url) {
  const schemas: string[] = [];
  describeCorpusStore('PostgreSQL', async () => {
    const schema = uniqueTestSchema('corpus');
    schemas.push(schema);
    return PostgresStore.open({ connectionString: url, schema, maxConnections: 2 });
  });
  after(async () => {
    for (const schema of schemas) await dropTestSchema(url, schema);
  });
} else {
  describe('PostgreSQL corpus tables contract', () => {
    it('runs when TIDINGS_TEST_PG points at a reachable server', (t) => {
      t.skip('TIDINGS_TEST_PG unset or unreachable: PostgreSQL corpus contract not run');
    });
  });
}
