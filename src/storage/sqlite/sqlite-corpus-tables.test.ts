import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusArticleFromDocument } from '../../corpus/corpus-article.ts';
import { makeDocument } from '../../../test/corpus/make-document.ts';
import { SqliteStore } from './sqlite-store.ts';

const article = (id: string, text: string, published: string) =>
  corpusArticleFromDocument({ ...makeDocument(id, text), meta: { published, title: `Title ${id}`, source: `Outlet ${id}` } });

test('stores corpus records, lists stories with first and last seen, and reloads the features', async () => {
  const store = new SqliteStore(':memory:');
  try {
    const a = article('a', 'The harbour of Kell reopened after the storm, the port chief said.', '2025-05-17');
    const b = article('b', 'Kell harbour reopened after the storm.', '2025-05-18');
    await store.corpus.putCorpusRecord({ article: a, storyId: 's1', similarity: 1, sharedTerms: [], seenAt: '2025-05-17' });
    await store.corpus.putCorpusRecord({
      article: b, storyId: 's1', similarity: 0.6, sharedTerms: ['kell', 'harbour'], seenAt: '2025-05-18',
      duplicate: { documentId: 'b', originalId: 'a', kind: 'near', similarity: 0.7 },
    });
    const [story] = await store.corpus.listStories({});
    assert.deepEqual(story, { id: 's1', headline: 'Title a', firstSeen: '2025-05-17', lastSeen: '2025-05-18', articles: 2, sources: 1 });
    const detail = await store.corpus.getStory('s1');
    assert.equal(detail?.members[1]?.duplicate?.originalId, 'a');
    assert.deepEqual(detail?.members[1]?.sharedTerms, ['kell', 'harbour']);
    const reloaded = await store.corpus.loadCorpusArticles();
    assert.deepEqual([...(reloaded[0]?.article.signature ?? [])], [...a.signature]);
    assert.equal(reloaded[1]?.originalId, 'a');
    assert.deepEqual([...(await store.corpus.listCopies())], ['b']);
    assert.equal(await store.corpus.storyIdOf('b'), 's1');
    assert.equal(await store.corpus.storyIdOf('zzz'), undefined);
  } finally {
    await store.close();
  }
});

test('saves, lists and removes watches, and reports each match once', async () => {
  const store = new SqliteStore(':memory:');
  try {
    await store.corpus.putWatch({ id: 'w1', name: 'kell', query: { text: 'kell' }, output: { kind: 'jsonl', path: 'm.jsonl' }, createdAt: '2025-01-01' });
    assert.equal((await store.corpus.listWatches())[0]?.name, 'kell');
    assert.equal(await store.corpus.recordWatchMatch('w1', 'd1', '2025-01-02'), true);
    assert.equal(await store.corpus.recordWatchMatch('w1', 'd1', '2025-01-03'), false);
    assert.equal(await store.corpus.removeWatch('kell'), true);
    assert.equal(await store.corpus.removeWatch('kell'), false);
  } finally {
    await store.close();
  }
});
