import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDocument } from '../../test/corpus/make-document.ts';
import { corpusArticleFromDocument } from '../corpus/corpus-article.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { corpusStateFor } from './corpus-state.ts';
import { reclusterStories } from './recluster-stories.ts';

const choir =
  'The Marren valley choir won the regional song contest in Osterby on Saturday, beating eleven other choirs with ' +
  'a programme of old harvest songs. Conductor Ilse Varga said the singers had rehearsed every evening for a month.';
const choirAgain =
  'Singers from the Marren valley took the regional song contest in Osterby on Saturday. Conductor Ilse Varga ' +
  'praised the choir, which beat eleven rivals with old harvest songs after a month of evening rehearsals.';
const ferry =
  'A ferry between Lunholm and the island of Skeld ran aground in thick fog on Tuesday. The coastguard took all ' +
  '84 passengers off by lifeboat and the operator said the hull had been damaged below the waterline.';

const at = (iso: string) => () => new Date(iso);

async function storeWith(records: readonly (readonly [id: string, text: string, storyId: string, published: string])[]) {
  const store = new SqliteStore(':memory:');
  for (const [id, text, storyId, published] of records) {
    const article = corpusArticleFromDocument({ ...makeDocument(id, text), meta: { published, title: `${id} headline` } });
    await store.corpus.putCorpusRecord({ article, storyId, similarity: 1, sharedTerms: [], seenAt: published });
  }
  return store;
}

test('re-clustering a corpus whose stories are already right keeps every story id', async () => {
  const store = await storeWith([
    ['ferry', ferry, 's7', '2025-03-04'],
    ['choir', choir, 's9', '2025-03-08'],
    ['choir-2', choirAgain, 's9', '2025-03-08'],
  ]);
  try {
    const done = await reclusterStories(store, at('2025-03-10T00:00:00Z'));
    assert.deepEqual([done.stories, done.merged, done.split], [2, 0, 0]);
    assert.equal(await store.corpus.storyIdOf('ferry'), 's7');
    assert.equal(await store.corpus.storyIdOf('choir-2'), 's9');
    assert.deepEqual(await store.corpus.listStoryChanges(), []);
  } finally {
    await store.close();
  }
});

test('a merge keeps the older id, the retired id redirects with an explanation, and is never reused', async () => {
  const store = await storeWith([
    ['ferry', ferry, 's1', '2025-03-04'],
    ['choir', choir, 's2', '2025-03-08'],
    ['choir-2', choirAgain, 's3', '2025-03-08'],
  ]);
  try {
    const done = await reclusterStories(store, at('2025-03-10T00:00:00Z'));
    assert.deepEqual([done.stories, done.merged, done.split], [2, 1, 0]);
    assert.equal(await store.corpus.storyIdOf('choir-2'), 's2');
    const redirected = await store.corpus.getStory('s3');
    assert.equal(redirected?.id, 's2');
    assert.equal(redirected?.articles, 2);
    assert.deepEqual(redirected?.changes, [{ storyId: 's3', kind: 'merged', otherId: 's2', articles: 1, at: '2025-03-10T00:00:00.000Z' }]);
    assert.equal((await store.corpus.listStories({})).some((s) => s.id === 's3'), false);

    const state = await corpusStateFor(store.corpus);
    const news = corpusArticleFromDocument(makeDocument('mine', 'Miners at the Tarrow pit walked out over pay on Monday, the union said.'));
    assert.equal(state.clusterer.add(news).storyId, 's4');
  } finally {
    await store.close();
  }
});

test('a story split in two keeps its id on the larger part and logs where the rest went', async () => {
  const store = await storeWith([
    ['choir', choir, 's5', '2025-03-08'],
    ['choir-2', choirAgain, 's5', '2025-03-08'],
    ['ferry', ferry, 's5', '2025-03-08'],
  ]);
  try {
    const done = await reclusterStories(store, at('2025-03-10T00:00:00Z'));
    assert.deepEqual([done.stories, done.merged, done.split], [2, 0, 1]);
    assert.equal(await store.corpus.storyIdOf('choir'), 's5');
    assert.equal(await store.corpus.storyIdOf('ferry'), 's6');
    assert.deepEqual(
      (await store.corpus.getStory('s5'))?.changes?.map((c) => [c.storyId, c.kind, c.otherId, c.articles]),
      [['s5', 'split', 's6', 1]],
    );
  } finally {
    await store.close();
  }
});
