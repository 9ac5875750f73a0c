import { ConfigError } from '../../model/errors.ts';
import type { Store } from '../store.ts';
import { PostgresStore } from './postgres-store.ts';

/**
 * Opens a PostgreSQL store from a `postgres://` URL. A `schema` query parameter (default `tidings`) picks the
 * schema, so several deployments or test runs can share one database without colliding.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  return PostgresStore.open(parsePostgresUrl(url));
}

/** Splits tidings' own `schema` parameter off a postgres:// URL, leaving what the driver understands. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`Expected a postgres:// URL, got \`${url}\`.`, 'Use postgres://user:password@host:5432/database');
  }
  const schema = parsed.searchParams.get('schema') ?? 'tidings';
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.href, schema };
}
