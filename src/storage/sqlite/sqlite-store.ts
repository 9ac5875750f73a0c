import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AnalyzedDocument } from '../../model/document.ts';
import { ConfigError, StorageError } from '../../model/errors.ts';
import type {
  ActorQuery, ActorSummary, EventQuery, PutResult, SearchQuery, SearchResult, Store, StoreStats, StoredEvent,
} from '../store.ts';
import { listActors } from './list-actors.ts';
import { SqliteCorpusTables } from './sqlite-corpus-tables.ts';
import { listEvents } from './list-events.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { prepareDocumentWriter, type DocumentWriter } from './put-document.ts';
import { searchDocuments } from './search-documents.ts';
import { storeStats } from './store-stats.ts';
import { decodeDocumentBody } from './stored-document.ts';

/** The embedded default store: one SQLite file in WAL mode with FTS5; each table group lives in its own module. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  /** The connection, for corpus-layer modules that keep their own tables in the same file. */
  readonly db: Database.Database;
  readonly #writer: DocumentWriter;
  /** Duplicates, stories and watches (the corpus layer's tables, migration 002). */
  readonly corpus: SqliteCorpusTables;

  constructor(location: string) {
    this.db = openDatabase(location);
    try {
      migrate(this.db, migrations);
      this.#writer = prepareDocumentWriter(this.db);
      this.corpus = new SqliteCorpusTables(this.db);
    } catch (error) {
      this.db.close();
      throw asStorageError(error, location);
    }
  }

  async putDocument(doc: AnalyzedDocument): Promise<PutResult> {
    return this.#guard(() => this.#writer.put(doc));
  }

  async getDocument(id: string): Promise<AnalyzedDocument | undefined> {
    return this.#guard(() => {
      const row = this.db.prepare<[string], { text: string; body: string }>(
        'SELECT text, body FROM documents WHERE id = ?',
      ).get(id);
      return row ? decodeDocumentBody(row.text, row.body) : undefined;
    });
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.#guard(() => this.db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck().get(id) !== undefined);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.#guard(() => searchDocuments(this.db, query));
  }

  async stats(): Promise<StoreStats> {
    return this.#guard(() => storeStats(this.db));
  }

  async listActors(query: ActorQuery): Promise<readonly ActorSummary[]> {
    return this.#guard(() => listActors(this.db, query));
  }

  async listEvents(query: EventQuery): Promise<readonly StoredEvent[]> {
    return this.#guard(() => listEvents(this.db, query));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  #guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw asStorageError(error, this.db.name);
    }
  }
}

function openDatabase(location: string): Database.Database {
  if (location !== ':memory:' && !existsSync(dirname(resolve(location)))) {
    throw new ConfigError(
      `The folder for the database \`${location}\` does not exist.`,
      'Create the folder first, or pass another path with --db (or set TIDINGS_DB).',
    );
  }
  let db: Database.Database;
  try {
    db = new Database(location);
  } catch (error) {
    throw asStorageError(error, location);
  }
  try {
    if (location !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
  } catch (error) {
    db.close();
    throw asStorageError(error, location);
  }
  return db;
}

function asStorageError(error: unknown, location: string): Error {
  if (error instanceof StorageError || error instanceof ConfigError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/file is not a database|malformed/i.test(message)) {
    return new StorageError(`\`${location}\` is not a tidings SQLite database (${message}); pass another --db.`);
  }
  return new StorageError(`SQLite store \`${location}\`: ${message}`);
}
