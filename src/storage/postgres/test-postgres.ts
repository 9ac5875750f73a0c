import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server tests should use, from $TIDINGS_TEST_PG. Undefined (tests skip visibly) when unset or
 * unreachable locally; in CI (`CI=true`) either case throws, because a skipped PostgreSQL suite is a failed CI run.
 */
export async function testPostgresUrl(): Promise<string | undefined> {
  const url = process.env['TIDINGS_TEST_PG'];
  const inCi = process.env['CI'] === 'true';
  if (!url) {
    if (inCi) throw new Error('TIDINGS_TEST_PG is not set in CI: the PostgreSQL suites must run (see .ci/run).');
    return undefined;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return url;
  } catch (error) {
    if (inCi) throw new Error(`PostgreSQL at TIDINGS_TEST_PG is unreachable in CI: ${(error as Error).message}`);
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh schema name per test run, so parallel and repeated runs never see each other's rows. */
export function uniqueTestSchema(prefix = 'test'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Drops a test schema and everything in it. */
export async function dropTestSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
