import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { corpusStream, type StreamArticle } from '../../test/corpus/corpus-stream.ts';
import { makeDocument } from '../../test/corpus/make-document.ts';
import { PostgresStore } from '../storage/postgres/postgres-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from '../storage/postgres/test-postgres.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import type { Store } from '../storage/store.ts';
import { createCorpusHook } from './corpus-hook.ts';
import { corpusStateFor, setCorpusSnapshotPolicy } from './corpus-state.ts';
import { reclusterStories } from './recluster-stories.ts';

const url = await testPostgresUrl();
const directory = mkdtempSync(join(tmpdir(), 'tidings-snapshot-'));
const schemas: string[] = [];
after(async () => {
  rmSync(directory, { recursive: true, force: true });
  if (url) for (const schema of schemas) await dropTestSchema(url, schema);
});

const stream = corpusStream(260);
const hook = createCorpusHook({ onMatch: async () => undefined });

/** Stores one generated report and runs the corpus step on it, as `tidings ingest` does. */
async function ingest(store: Store, item: StreamArticle): Promise<void> {
  const doc = makeDocument(item.id, item.text, { meta: { title: item.title, published: item.published, source: item.article.source ?? '' } });
  await hook.afterStore?.(doc, await store.putDocument(doc), store);
}

/** Every decision stored: per article its story, and per story member the score, the shared terms and the copy link. */
async function decisions(store: Store): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const summary of await store.corpus.listStories({ limit: 10_000 })) {
    const story = await store.corpus.getStory(summary.id);
    out.push([summary.id, summary.articles, story?.members.map((m) => [m.id, m.similarity, m.sharedTerms, m.duplicate])]);
  }
  return out.sort((a, b) => String((a as string[])[0]).localeCompare(String((b as string[])[0])));
}

/** The decisions of one process ingesting the whole stream with the indexes it builds in memory, no snapshot. */
async function referenceDecisions(stores: StoreKind): Promise<unknown[]> {
  const reference = await stores.fresh();
  try {
    setCorpusSnapshotPolicy(reference.corpus, { every: Infinity });
    for (const item of stream) await ingest(reference, item);
    return await decisions(reference);
  } finally {
    await reference.close();
  }
}

/** A store kind: `shared()` opens one more process on one database, `fresh()` a separate empty one. */
interface StoreKind {
  readonly name: string;
  readonly skip: string | false;
  readonly shared: () => Promise<Store>;
  readonly fresh: () => Promise<Store>;
}

function pgKind(): StoreKind {
  const schema = uniqueTestSchema('snapshot');
  const open = (name: string) => {
    schemas.push(name);
    return PostgresStore.open({ connectionString: url ?? '', schema: name, maxConnections: 2 });
  };
  return { name: 'PostgreSQL', skip: url ? false : 'TIDINGS_TEST_PG unset or unreachable', shared: () => open(schema), fresh: () => open(uniqueTestSchema('reference')) };
}

let files = 0;
function sqliteKind(): StoreKind {
  const file = join(directory, `shared-${++files}.db`);
  return { name: 'SQLite', skip: false, shared: async () => new SqliteStore(file), fresh: async () => new SqliteStore(':memory:') };
}

for (const kind of [sqliteKind, pgKind]) {
  describe(`corpus indexes from a snapshot (${kind().name})`, { skip: kind().skip }, () => {
    it('decide every article as the indexes built in memory do, across one-shot runs that load a snapshot and catch up', async () => {
      const stores = kind();
      const expected = await referenceDecisions(stores);

      const loads: { fromSnapshot: boolean; articlesFolded: number }[] = [];
      // The first run has no snapshot to write yet (an old store); every later run starts as a new process would.
      for (const [run, [start, end]] of [[0, 60], [60, 100], [100, 150], [150, 170], [170, 260]].entries()) {
        const store = await stores.shared();
        try {
          setCorpusSnapshotPolicy(store.corpus, { every: run === 0 ? Infinity : 25 });
          loads.push((await corpusStateFor(store.corpus)).loaded);
          for (const item of stream.slice(start, end)) await ingest(store, item);
        } finally {
          await store.close();
        }
      }
      const store = await stores.shared();
      try {
        assert.deepEqual(await decisions(store), expected);
      } finally {
        await store.close();
      }
      assert.deepEqual(loads, [
        { fromSnapshot: false, articlesFolded: 0 },
        // No snapshot yet: a full load of the 60 articles, which then writes one.
        { fromSnapshot: false, articlesFolded: 60 },
        // Snapshots are saved at 85, 110, 135 and 160: each later run folds only what came after.
        { fromSnapshot: true, articlesFolded: 15 },
        { fromSnapshot: true, articlesFolded: 15 },
        { fromSnapshot: true, articlesFolded: 10 },
      ]);
      assert.ok(expected.length > 40, 'the stream forms many stories');
    });

    it('are loaded from every article again after a re-clustering, even if a snapshot of the old stories is put back', async () => {
      const stores = kind();
      const store = await stores.shared();
      try {
        setCorpusSnapshotPolicy(store.corpus, { every: 10 });
        for (const item of stream.slice(0, 40)) await ingest(store, item);
        const old = await store.corpus.loadCorpusSnapshot();
        assert.ok(old && old.seq > 0);
        await reclusterStories(store);
        assert.equal(await store.corpus.loadCorpusSnapshot(), undefined);
        // As if a slow process saved what it held before the re-clustering, after it.
        await store.corpus.saveCorpusSnapshot({ ...old, seq: old.seq + 1000 });
      } finally {
        await store.close();
      }
      const next = await stores.shared();
      try {
        setCorpusSnapshotPolicy(next.corpus, { every: Infinity });
        const state = await corpusStateFor(next.corpus);
        assert.deepEqual(state.loaded, { fromSnapshot: false, articlesFolded: 40 });
        assert.equal(state.generation, await next.corpus.storiesGeneration());
        for (const item of stream.slice(0, 40)) assert.equal(state.clusterer.storyOf(item.id), await next.corpus.storyIdOf(item.id));
      } finally {
        await next.close();
      }
    });

    it('lose no article when one process saves a snapshot while another keeps ingesting', async () => {
      const stores = kind();
      const expected = await referenceDecisions(stores);

      const [first, second] = [await stores.shared(), await stores.shared()];
      try {
        for (const worker of [first, second]) setCorpusSnapshotPolicy(worker.corpus, { every: 7 });
        // Turns of different lengths, so each worker's snapshots fall behind the other's articles.
        for (const [i, item] of stream.slice(0, 200).entries()) await ingest(Math.floor(i / 5) % 3 === 0 ? first : second, item);
      } finally {
        await first.close();
        await second.close();
      }
      const late = await stores.shared();
      try {
        const loaded = (await corpusStateFor(late.corpus)).loaded;
        assert.equal(loaded.fromSnapshot, true);
        assert.ok(loaded.articlesFolded > 0 && loaded.articlesFolded < 7, `caught up ${loaded.articlesFolded} articles`);
        for (const item of stream.slice(200)) await ingest(late, item);
        assert.deepEqual(await decisions(late), expected);
      } finally {
        await late.close();
      }
    });
  });
}
