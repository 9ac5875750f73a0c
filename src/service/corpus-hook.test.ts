import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDocument } from '../../test/corpus/make-document.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { createCorpusHook } from './corpus-hook.ts';

const hook = createCorpusHook({ onMatch: async () => undefined });
const doc = (id: string, text: string) => makeDocument(id, text, { meta: { title: `About ${id}`, published: '2025-09-02', url: `https://news.test/${id}` } });

test('places a stored article that a crash left out of the corpus when it is ingested again', async () => {
  const store = new SqliteStore(':memory:');
  try {
    const stored = doc('orphan', 'The tram line to Velm opened on Monday after two years of building work.');
    await store.putDocument(stored);
    // The process died here, before the corpus step; the retry finds the document already stored.
    const again = await store.putDocument(stored);
    assert.equal(again.inserted, false);
    await hook.afterStore?.(stored, again, store);
    assert.equal(typeof (await store.corpus.storyIdOf('orphan')), 'string');
    assert.equal((await store.corpus.listStories({}))[0]?.articles, 1);
  } finally {
    await store.close();
  }
});

test('does nothing when an article already placed in a story is ingested again', async () => {
  const store = new SqliteStore(':memory:');
  try {
    const first = doc('once', 'A new ferry named Gull began sailing between Kell and Ostra this week.');
    await hook.afterStore?.(first, await store.putDocument(first), store);
    await hook.afterStore?.(first, await store.putDocument(first), store);
    assert.deepEqual((await store.corpus.listStories({})).map((s) => s.articles), [1]);
    assert.equal((await store.corpus.loadCorpusArticles()).length, 1);
  } finally {
    await store.close();
  }
});
