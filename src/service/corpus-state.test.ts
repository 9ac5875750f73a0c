import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { makeDocument } from '../../test/corpus/make-document.ts';
import { PostgresStore } from '../storage/postgres/postgres-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from '../storage/postgres/test-postgres.ts';
import type { Store } from '../storage/store.ts';
import { createCorpusHook } from './corpus-hook.ts';
import { corpusStateFor } from './corpus-state.ts';
import { reclusterStories } from './recluster-stories.ts';

const url = await testPostgresUrl();
const schema = uniqueTestSchema('corpus_workers');
after(async () => {
  if (url) await dropTestSchema(url, schema);
});

// Four unrelated happenings, each long enough for shingle-based copy detection.
const reports = [
  'Flood water closed the river road between Ardel and Velm on Sunday after three days of rain. Crews from the county council pumped water from the market square while volunteers filled sandbags outside the old mill. The council said the bridge at Merrow would stay shut until engineers had checked its piers, and buses would run by the hill road instead.',
  'The copper smelter at Ostra will cut its night shift from next month, the owners told workers at a meeting on Tuesday. About two hundred jobs are affected. Union officials said they would ask for talks about early retirement and retraining, and warned that the town depends on the plant for most of its tax income and many of its shops.',
  'A chess prodigy from Castra, aged eleven, won the regional open on Saturday with a queen sacrifice in the final round. Her coach said she trains four hours a day after school at the library club. Organisers reported a record entry of three hundred players, and the mayor promised a new hall for next year so that the tournament can grow further.',
  'Lighthouse keepers on Benmora island finished restoring the lamp room that a winter storm damaged in February. The glass panels came from a workshop on the mainland by ferry in small crates. The harbour trust said the light would shine again from Friday night, and that visitors could climb the tower on weekends during the summer months.',
] as const;

const docOf = (id: string, text: string) =>
  makeDocument(id, text, { meta: { title: `Report ${text.slice(0, 24)}`, source: `Outlet ${id}`, published: '2025-08-04', url: `https://news.test/${id}` } });

/** What one worker does for an article: store it, then run the corpus step. */
async function ingest(store: Store, id: string, text: string): Promise<void> {
  const doc = docOf(id, text);
  const result = await store.putDocument(doc);
  await createCorpusHook({ onMatch: async () => undefined }).afterStore?.(doc, result, store);
}

describe('corpus step across worker processes', { skip: url ? false : 'TIDINGS_TEST_PG unset or unreachable' }, () => {
  it('finds the copy and shares the story when two workers each add copies of the other\'s articles, even at once', async () => {
    const open = () => PostgresStore.open({ connectionString: url ?? '', schema, maxConnections: 3 });
    const [first, second] = [await open(), await open()];
    try {
      // Both workers load their (empty) indexes before either adds anything, as two freshly started workers would.
      await Promise.all([corpusStateFor(first.corpus), corpusStateFor(second.corpus)]);
      await ingest(first, 'a-0', reports[0]);
      await ingest(second, 'b-0', reports[0]);
      await ingest(second, 'b-1', reports[1]);
      await ingest(first, 'a-1', `${reports[1]} Updated at noon.`);
      // At once: each worker adds an original and a copy of the other's original.
      await Promise.all([
        ingest(first, 'a-2', reports[2]).then(() => ingest(first, 'a-3', reports[3])),
        ingest(second, 'b-3', reports[3]).then(() => ingest(second, 'b-2', reports[2])),
      ]);
      const corpus = first.corpus;
      const copies = await corpus.listCopies();
      for (const [x, y] of [['a-0', 'b-0'], ['b-1', 'a-1'], ['a-2', 'b-2'], ['a-3', 'b-3']] as const) {
        assert.equal(await corpus.storyIdOf(x), await corpus.storyIdOf(y), `${x} and ${y} share a story`);
        assert.equal(Number(copies.has(x)) + Number(copies.has(y)), 1, `one of ${x} and ${y} is the copy`);
      }
      const stories = await corpus.listStories({});
      assert.deepEqual(stories.map((s) => s.articles), [2, 2, 2, 2]);
      assert.equal(new Set(stories.map((s) => s.id)).size, 4);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('reloads a worker\'s indexes after another process re-clustered the stories', async () => {
    const open = () => PostgresStore.open({ connectionString: url ?? '', schema, maxConnections: 3 });
    const [worker, admin] = [await open(), await open()];
    try {
      const before = await corpusStateFor(worker.corpus);
      await reclusterStories(admin);
      await ingest(worker, 'w-0', reports[0]);
      const afterRecluster = await corpusStateFor(worker.corpus);
      assert.notEqual(afterRecluster, before);
      assert.equal(afterRecluster.generation, await worker.corpus.storiesGeneration());
      assert.equal(await worker.corpus.storyIdOf('w-0'), await worker.corpus.storyIdOf('a-0'));
    } finally {
      await worker.close();
      await admin.close();
    }
  });
});
