import { after, describe, it } from 'node:test';
import { describeStore } from '../store.contract.ts';
import { PostgresStore } from './postgres-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from './test-postgres.ts';

const url = await testPostgresUrl();

if (url) {
  const schemas: string[] = [];
  describeStore('PostgreSQL', async () => {
    const schema = uniqueTestSchema('contract');
    schemas.push(schema);
    return PostgresStore.open({ connectionString: url, schema });
  });
  after(async () => {
    for (const schema of schemas) await dropTestSchema(url, schema);
  });
} else {
  describe('PostgreSQL store contract', () => {
    it('runs when TIDINGS_TEST_PG points at a reachable server', (t) => {
      t.skip('TIDINGS_TEST_PG unset or unreachable: PostgreSQL contract not run');
    });
  });
}
