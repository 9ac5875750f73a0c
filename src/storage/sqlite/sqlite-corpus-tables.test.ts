import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeCorpusStore } from '../corpus-store.contract.ts';
import { SqliteStore } from './sqlite-store.ts';

describeCorpusStore('SQLite', async () => new SqliteStore(':memory:'));

describe('SQLite corpus snapshot', () => {
  it('keeps the old snapshot whole when saving a new one fails after the old one was deleted', async () => {
    const store = new SqliteStore(':memory:');
    try {
      const old = { seq: 3, generation: 0, bytes: Uint8Array.from([1, 2, 3]) };
      await store.corpus.saveCorpusSnapshot(old);
      // The old rows are deleted first; the insert that follows fails, as a crash or a full disk would stop it.
      store.db.exec(`CREATE TRIGGER fail_snapshot BEFORE INSERT ON corpus_snapshot BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
      await assert.rejects(store.corpus.saveCorpusSnapshot({ seq: 9, generation: 0, bytes: Uint8Array.from([7]) }), /disk full/);
      assert.deepEqual(await store.corpus.loadCorpusSnapshot(), old);
    } finally {
      await store.close();
    }
  });
});
