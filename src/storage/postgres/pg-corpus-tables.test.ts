import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { describeCorpusStore } from '../corpus-store.contract.ts';
import { PostgresStore } from './postgres-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from './test-postgres.ts';

const url = await testPostgresUrl();
const schemas: string[] = [];
const open = (schema = uniqueTestSchema('corpus')) => {
  if (!schemas.includes(schema)) schemas.push(schema);
  return PostgresStore.open({ connectionString: url ?? '', schema, maxConnections: 2 });
};
after(async () => {
  if (url) for (const schema of schemas) await dropTestSchema(url, schema);
});

if (url) describeCorpusStore('PostgreSQL', () => open());

describe('PostgreSQL corpus snapshot', { skip: url ? false : 'TIDINGS_TEST_PG unset or unreachable' }, () => {
  it('reads back a snapshot stored in several parts in part order', async () => {
    const store = await open();
    try {
      // Parts are 1 MiB: this one takes 12, so parts ordered as text (0, 1, 10, 11, 2, …) would come back scrambled.
      const bytes = Uint8Array.from({ length: 11.5 * 2 ** 20 }, (_, i) => (i * 31) % 251);
      await store.corpus.saveCorpusSnapshot({ seq: 7, generation: 0, bytes });
      const back = await store.corpus.loadCorpusSnapshot();
      assert.equal(back?.seq, 7);
      assert.ok(back && Buffer.from(back.bytes).equals(Buffer.from(bytes)));
    } finally {
      await store.close();
    }
  });

  it('keeps the old snapshot whole when saving a new one fails after the old one was deleted', async () => {
    const store = await open();
    try {
      const old = { seq: 3, generation: 0, bytes: Uint8Array.from([1, 2, 3]) };
      await store.corpus.saveCorpusSnapshot(old);
      // The old parts are deleted first; the insert that follows fails, as a crash or a full disk would stop it.
      await store.pool.query(`CREATE FUNCTION fail_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
        CREATE TRIGGER fail_snapshot BEFORE INSERT ON corpus_snapshot FOR EACH ROW EXECUTE FUNCTION fail_snapshot()`);
      await assert.rejects(store.corpus.saveCorpusSnapshot({ seq: 9, generation: 0, bytes: Uint8Array.from([7]) }), /disk full/);
      assert.deepEqual(await store.corpus.loadCorpusSnapshot(), old);
    } finally {
      await store.close();
    }
  });
});

describe('PostgreSQL corpus lock', { skip: url ? false : 'TIDINGS_TEST_PG unset or unreachable: PostgreSQL corpus contract not run' }, () => {
  /** Runs a step that records when it started and ended, holding the lock for `ms`. */
  const timedStep = (store: PostgresStore, log: string[], name: string, ms: number) =>
    store.corpus.exclusive(async () => {
      log.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`${name} end`);
    });
  /** Holds the lock on `first` for 300 ms, asks for it on `second` 100 ms in, and returns the order of the steps. */
  const overlappingSteps = async (first: PostgresStore, second: PostgresStore): Promise<string[]> => {
    const log: string[] = [];
    const held = timedStep(first, log, 'first', 300);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await Promise.all([held, timedStep(second, log, 'second', 10)]);
    return log;
  };

  it('runs the exclusive steps of two processes on one schema one after the other', async () => {
    const schema = uniqueTestSchema('corpus_lock');
    const [first, second] = [await open(schema), await open(schema)];
    try {
      assert.deepEqual(await overlappingSteps(first, second), ['first start', 'first end', 'second start', 'second end']);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('does not make stores in different schemas of one database wait for each other', async () => {
    const [first, second] = [await open(), await open()];
    try {
      assert.deepEqual(await overlappingSteps(first, second), ['first start', 'second start', 'second end', 'first end']);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
