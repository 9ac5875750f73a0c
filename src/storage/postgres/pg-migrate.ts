import type { PoolClient } from 'pg';
import { StorageError } from '../../model/errors.ts';
import type { Migration } from '../sqlite/migrations/index.ts';

// Any constant works; it only has to be the same for every tidings process sharing the database.
const MIGRATION_LOCK = 7_402_113;

/**
 * Brings the schema up to date. An advisory lock serialises workers starting at once; each migration runs in its
 * own transaction and is recorded in `schema_migrations`.
 */
export async function migratePostgres(client: PoolClient, migrations: readonly Migration[]): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    const known = new Set(migrations.map((m) => m.version));
    const newer = [...applied].filter((v) => !known.has(v));
    if (newer.length > 0) {
      throw new StorageError(
        `The database has schema version ${Math.max(...newer)}, newer than this tidings knows; upgrade tidings or use another --db.`,
      );
    }
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
