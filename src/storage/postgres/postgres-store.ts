import pg from 'pg';
import type { AnalyzedDocument } from '../../model/document.ts';
import { StorageError } from '../../model/errors.ts';
import { decodeDocumentBody } from '../sqlite/stored-document.ts';
import type { ActorQuery, EventQuery, PutResult, SearchQuery, Store } from '../store.ts';
import { postgresMigrations } from './migrations/index.ts';
import { listPostgresActors, listPostgresEvents, postgresStats } from './pg-listings.ts';
import { PostgresCorpusTables } from './pg-corpus-tables.ts';
import { migratePostgres } from './pg-migrate.ts';
import { putPostgresDocument } from './pg-put-document.ts';
import { searchPostgres } from './pg-search.ts';

/** Where to connect: the URL, and the schema holding tidings' tables (lets tests and tenants share a database). */
export interface PostgresLocation {
  readonly connectionString: string;
  readonly schema: string;
  readonly maxConnections?: number;
}

/** The PostgreSQL Store: the team-scale sibling of SqliteStore, passing the same contract suite. */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly schema: string;
  /** Duplicates, stories and watches (migration 002), shared by every worker on the database. */
  readonly corpus: PostgresCorpusTables;

  private constructor(pool: pg.Pool, schema: string) {
    this.pool = pool;
    this.schema = schema;
    this.corpus = new PostgresCorpusTables(pool);
  }

  /** Connects, creates the schema if needed and runs pending migrations. */
  static async open(location: PostgresLocation): Promise<PostgresStore> {
    if (!/^[a-z_][a-z0-9_]*$/.test(location.schema)) {
      throw new StorageError(`Expected a schema name of lower-case letters, digits and _, got \`${location.schema}\`.`);
    }
    const pool = new pg.Pool({
      connectionString: location.connectionString,
      max: location.maxConnections ?? 8,
      options: `-c search_path=${location.schema}`,
    });
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${location.schema}`);
        await migratePostgres(client, postgresMigrations);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw wrap(error, 'opening the PostgreSQL store');
    }
    return new PostgresStore(pool, location.schema);
  }

  async putDocument(doc: AnalyzedDocument): Promise<PutResult> {
    const client = await this.pool.connect();
    try {
      return await putPostgresDocument(client, doc);
    } catch (error) {
      throw wrap(error, `storing document \`${doc.id}\``);
    } finally {
      client.release();
    }
  }

  async getDocument(id: string): Promise<AnalyzedDocument | undefined> {
    const { rows } = await this.pool.query<{ text: string; body: string }>('SELECT text, body FROM documents WHERE id = $1', [id]);
    const row = rows[0];
    return row ? decodeDocumentBody(row.text, row.body) : undefined;
  }

  async hasDocument(id: string): Promise<boolean> {
    // Named (prepared once per connection): workers ask this before analysing every article.
    const { rowCount } = await this.pool.query({ name: 'tidings-has-document', text: 'SELECT 1 FROM documents WHERE id = $1', values: [id] });
    return (rowCount ?? 0) > 0;
  }

  search(query: SearchQuery) {
    return searchPostgres(this.pool, query);
  }

  stats() {
    return postgresStats(this.pool);
  }

  listActors(query: ActorQuery) {
    return listPostgresActors(this.pool, query);
  }

  listEvents(query: EventQuery) {
    return listPostgresEvents(this.pool, query);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function wrap(error: unknown, doing: string): Error {
  if (error instanceof StorageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError(`PostgreSQL failed while ${doing}: ${message}`);
}
