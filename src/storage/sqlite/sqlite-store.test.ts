import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, StorageError } from '../../model/errors.ts';
import { openStore } from '../open-store.ts';
import { describeStore } from '../store.contract.ts';
import { SqliteStore } from './sqlite-store.ts';

describeStore('SQLite (in memory)', async () => new SqliteStore(':memory:'));

const dir = mkdtempSync(join(tmpdir(), 'tidings-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describeStore('SQLite (file, WAL)', async () => new SqliteStore(join(dir, 'contract.db')));

describe('SQLite store files', () => {
  it('applies migrations once and keeps data when the file is reopened', async () => {
    const path = join(dir, 'reopen.db');
    const first = new SqliteStore(path);
    const versions = first.db.prepare('SELECT version FROM schema_migrations').pluck().all();
    await first.close();
    const second = new SqliteStore(path);
    assert.deepEqual(second.db.prepare('SELECT version FROM schema_migrations').pluck().all(), versions);
    assert.equal(second.db.pragma('journal_mode', { simple: true }), 'wal');
    await second.close();
  });

  it('refuses a file that is not a database with a StorageError naming it', () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are my notes, not a database '.repeat(200));
    assert.throws(() => new SqliteStore(path), (error: unknown) => error instanceof StorageError && error.message.includes('notes.db'));
  });

  it('refuses a database path in a folder that does not exist with a ConfigError', () => {
    assert.throws(() => new SqliteStore(join(dir, 'missing', 'x.db')), ConfigError);
  });
});

describe('openStore', () => {
  it('opens SQLite for paths and :memory:', async () => {
    const store = await openStore(':memory:');
    assert.equal(store.kind, 'sqlite');
    await store.close();
  });

  it('rejects URLs of unknown stores with a ConfigError quoting the URL', async () => {
    await assert.rejects(openStore('mysql://localhost/news'), /mysql:\/\/localhost\/news/);
  });

  it('answers postgres:// URLs with PostgreSQL or, when that store is absent, a ConfigError', async () => {
    await assert.rejects(openStore('postgres://127.0.0.1:1/none'), (error: unknown) => error instanceof Error);
  });
});
