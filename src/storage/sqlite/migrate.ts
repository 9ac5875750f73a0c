import type Database from 'better-sqlite3';
import { StorageError } from '../../model/errors.ts';
import type { Migration } from './migrations/index.ts';

/** Brings the schema up to date: each pending migration runs in its own transaction and is recorded in `schema_migrations`. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const known = new Set(migrations.map((m) => m.version));
  const newer = [...applied].filter((v) => !known.has(v));
  if (newer.length > 0) {
    throw new StorageError(
      `The database has schema version ${Math.max(...newer)}, newer than this tidings knows; upgrade tidings or use another --db.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
