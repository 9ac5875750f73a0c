import { ConfigError } from '../model/errors.ts';
import type { Store } from './store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

/** The one place the store implementation is chosen: postgres:// URLs go to PostgreSQL, anything else is a SQLite path. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) return openPostgres(location);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw new ConfigError(
      `Unsupported store URL \`${location}\`.`,
      'Use a SQLite file path, `:memory:`, or a postgres:// URL.',
    );
  }
  return new SqliteStore(location);
}

async function openPostgres(url: string): Promise<Store> {
  // The PostgreSQL store lives in its own folder and is loaded only when asked for, so SQLite users never load pg.
  // Until src/storage/postgres/ exists the import fails and a ConfigError explains it; the extension follows this file's.
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const modulePath = new URL(`./postgres/open-postgres-store${extension}`, import.meta.url).href;
  let loaded: { openPostgresStore?: (url: string) => Promise<Store> };
  try {
    loaded = (await import(modulePath)) as typeof loaded;
  } catch {
    loaded = {};
  }
  if (!loaded.openPostgresStore) {
    throw new ConfigError(
      'PostgreSQL stores are not available in this build of tidings.',
      'Use a SQLite path with --db (the default is ./tidings.db).',
    );
  }
  return loaded.openPostgresStore(url);
}
