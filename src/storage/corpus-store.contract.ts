import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusArticleFromDocument } from '../corpus/corpus-article.ts';
import type { CorpusArticle } from '../corpus/corpus-article.ts';
import { emptyDocument } from '../pipeline/analyzer.ts';
import type { CorpusRecord } from './corpus-store.ts';
import type { Store } from './store.ts';

/** The behaviour every store's corpus tables must show; `open` gives a fresh, empty store for each test. */
export function describeCorpusStore(name: string, open: () => Promise<Store>): void {
  describe(`${name} corpus tables contract`, () => {
    /** Stores a document (corpus rows refer to it) and returns its corpus features. */
    const article = async (store: Store, id: string, text: string, published: string): Promise<CorpusArticle> => {
      const doc = emptyDocument(id, text, { published, title: `Title ${id}`, source: `Outlet ${id}` });
      await store.putDocument(doc);
      return corpusArticleFromDocument(doc);
    };
    const record = (a: CorpusArticle, storyId: string, seenAt: string, extra: Partial<CorpusRecord> = {}): CorpusRecord =>
      ({ article: a, storyId, similarity: 1, sharedTerms: [], seenAt, ...extra });
    const withStore = async (work: (store: Store) => Promise<void>) => {
      const store = await open();
      try {
        await work(store);
      } finally {
        await store.close();
      }
    };

    it('stores corpus records, lists stories with first and last seen, and reloads the features', () => withStore(async (store) => {
      const a = await article(store, 'a', 'The harbour of Kell reopened after the storm, the port chief said.', '2025-05-17');
      const b = await article(store, 'b', 'Kell harbour reopened after the storm.', '2025-05-18');
      await store.corpus.putCorpusRecord(record(a, 's1', '2025-05-17', { tone: -1.5 }));
      await store.corpus.putCorpusRecord(record(b, 's1', '2025-05-18', {
        similarity: 0.6, sharedTerms: ['kell', 'harbour'], duplicate: { documentId: 'b', originalId: 'a', kind: 'near', similarity: 0.7 },
      }));
      const [story] = (await store.corpus.listStories({})) ?? [];
      assert.deepEqual(story, { id: 's1', headline: 'Title a', firstSeen: '2025-05-17', lastSeen: '2025-05-18', articles: 2, sources: 1 });
      const detail = await store.corpus.getStory('s1');
      assert.deepEqual(detail?.members.map((m) => [m.id, m.seenAt, m.published, m.source]), [
        ['a', '2025-05-17', '2025-05-17T00:00:00.000Z', 'Outlet a'], ['b', '2025-05-18', '2025-05-18T00:00:00.000Z', 'Outlet b'],
      ]);
      assert.deepEqual(detail?.members[1]?.duplicate, { documentId: 'b', originalId: 'a', kind: 'near', similarity: 0.7 });
      assert.deepEqual(detail?.members[1]?.sharedTerms, ['kell', 'harbour']);
      const reloaded = (await store.corpus.loadCorpusArticles()) ?? [];
      assert.deepEqual(reloaded.map((r) => r.article), [a, b]);
      assert.deepEqual(reloaded.map((r) => [r.storyId, r.headline, r.originalId]), [['s1', 'Title a', undefined], ['s1', 'Title a', 'a']]);
      assert.deepEqual([...((await store.corpus.listCopies()) ?? [])], ['b']);
      assert.equal(await store.corpus.storyIdOf('b'), 's1');
      assert.equal(await store.corpus.storyIdOf('zzz'), undefined);
      assert.equal(await store.corpus.getStory('zzz'), undefined);
    }));

    it('counts two outlets running the same agency\'s wire copy as one source of the story', () => withStore(async (store) => {
      const first = { ...await article(store, 'a', 'Ferries to Benmora halted after the storm.', '2025-06-01'), wire: 'Reuters' };
      const second = { ...await article(store, 'b', 'All ferries to Benmora were halted by the storm.', '2025-06-01'), wire: 'REUTERS' };
      const own = await article(store, 'c', 'Benmora islanders waited for a ferry all day.', '2025-06-02');
      for (const a of [first, second, own]) await store.corpus.putCorpusRecord(record(a, 's1', a.id === 'c' ? '2025-06-02' : '2025-06-01'));
      const [story] = (await store.corpus.listStories({})) ?? [];
      assert.equal(story?.sources, 2);
      const reloaded = (await store.corpus.loadCorpusArticles()) ?? [];
      assert.deepEqual(reloaded.map((r) => r.article.wire), ['Reuters', 'REUTERS', undefined]);
    }));

    it('takes an earlier article as the story headline and lists the most recent stories first, from a date', () => withStore(async (store) => {
      await store.corpus.putCorpusRecord(record(await article(store, 'late', 'Ferries to Benmora resumed.', '2025-06-03'), 's1', '2025-06-03'));
      await store.corpus.putCorpusRecord(record(await article(store, 'early', 'Ferries to Benmora halted.', '2025-06-01'), 's1', '2025-06-01'));
      await store.corpus.putCorpusRecord(record(await article(store, 'other', 'A new quay opened in Velm.', '2025-06-05T09:30:00Z'), 's2', '2025-06-05T09:30:00Z'));
      const all = (await store.corpus.listStories({})) ?? [];
      assert.deepEqual(all.map((s) => [s.id, s.headline, s.firstSeen, s.lastSeen]), [
        ['s2', 'Title other', '2025-06-05T09:30:00Z', '2025-06-05T09:30:00Z'], ['s1', 'Title early', '2025-06-01', '2025-06-03'],
      ]);
      assert.deepEqual((await store.corpus.listStories({ since: '2025-06-04' }))?.map((s) => s.id), ['s2']);
      assert.deepEqual((await store.corpus.listStories({ limit: 1 }))?.map((s) => s.id), ['s2']);
    }));

    it('hands back only the articles that arrived after a given seq, in arrival order', () => withStore(async (store) => {
      const seqs: number[] = [];
      for (const id of ['x1', 'x2', 'x3']) {
        seqs.push((await store.corpus.putCorpusRecord(record(await article(store, id, `Report ${id} from Ardel.`, '2025-02-01'), 's1', '2025-02-01'))) ?? 0);
      }
      assert.ok((seqs[0] ?? 0) < (seqs[1] ?? 0) && (seqs[1] ?? 0) < (seqs[2] ?? 0));
      const newer = (await store.corpus.loadCorpusArticles(seqs[0])) ?? [];
      assert.deepEqual(newer.map((r) => [r.seq, r.article.id]), [[seqs[1], 'x2'], [seqs[2], 'x3']]);
      assert.deepEqual(await store.corpus.loadCorpusArticles(seqs[2]), []);
    }));

    it('replaces stories and copy links on re-clustering, logs merges, and changes the stories generation', () => withStore(async (store) => {
      const corpus = store.corpus;
      for (const [id, storyId, day] of [['m1', 's1', '2025-04-01'], ['m2', 's2', '2025-04-02'], ['m3', 's2', '2025-04-03']] as const) {
        await corpus.putCorpusRecord(record(await article(store, id, `Grain convoy ${id} reached Ostra.`, day), storyId, day));
      }
      const before = await corpus.storiesGeneration();
      await corpus.replaceStories({
        stories: [{ id: 's1', headline: 'Grain convoys reach Ostra', documentIds: ['m1', 'm2', 'm3'] }],
        duplicates: [{ documentId: 'm3', originalId: 'm2', kind: 'exact', similarity: 1 }],
        changes: [{ storyId: 's2', kind: 'merged', otherId: 's1', articles: 2, at: '2025-04-04T00:00:00.000Z' }],
      });
      assert.notEqual(await corpus.storiesGeneration(), before);
      assert.deepEqual((await corpus.listStories({})).map((s) => [s.id, s.headline, s.firstSeen, s.lastSeen, s.articles, s.sources]), [
        ['s1', 'Grain convoys reach Ostra', '2025-04-01', '2025-04-03', 3, 2],
      ]);
      assert.equal(await corpus.storyIdOf('m2'), 's1');
      assert.deepEqual([...(await corpus.listCopies())], ['m3']);
      const merged = await corpus.getStory('s2');
      assert.equal(merged?.id, 's1');
      assert.deepEqual(merged?.changes, [{ storyId: 's2', kind: 'merged', otherId: 's1', articles: 2, at: '2025-04-04T00:00:00.000Z' }]);
      assert.deepEqual(await corpus.listStoryChanges('s1'), merged?.changes);
    }));

    it('keeps listing and counting the stories of articles stored after a re-clustering read the corpus', () => withStore(async (store) => {
      const corpus = store.corpus;
      for (const [id, storyId, day] of [['r1', 's1', '2025-05-01'], ['r2', 's1', '2025-05-02'], ['late-a', 's1', '2025-05-04'], ['late-b', 's8', '2025-05-03']] as const) {
        await corpus.putCorpusRecord(record(await article(store, id, `Dockers in Kell ${id}.`, day), storyId, day));
      }
      // The re-clustering read r1 and r2 only; late-a and late-b were stored while it ran.
      await corpus.replaceStories({ stories: [{ id: 's1', headline: 'Kell dockers', documentIds: ['r1', 'r2'] }], duplicates: [] });
      assert.deepEqual((await corpus.listStories({})).map((s) => [s.id, s.headline, s.firstSeen, s.lastSeen, s.articles]), [
        ['s1', 'Kell dockers', '2025-05-01', '2025-05-04', 3], ['s8', 'Title late-b', '2025-05-03', '2025-05-03', 1],
      ]);
      assert.equal(await corpus.storyIdOf('late-b'), 's8');
    }));

    it('gives tone and seen-at time per article for dyad curves, and nothing for unknown ids', () => withStore(async (store) => {
      await store.corpus.putCorpusRecord(record(await article(store, 't1', 'Talks in Castra.', '2025-03-01'), 's1', '2025-03-01', { tone: 2.5 }));
      await store.corpus.putCorpusRecord(record(await article(store, 't2', 'More talks in Castra.', '2025-03-02'), 's1', '2025-03-02'));
      const signals = await store.corpus.articleSignals(['t1', 't2', 't1', 'nope']);
      assert.deepEqual([...(signals ?? [])].sort(), [['t1', { seenAt: '2025-03-01', tone: 2.5 }], ['t2', { seenAt: '2025-03-02' }]]);
    }));

    it('saves, lists and removes watches, and reports each match once', () => withStore(async (store) => {
      const corpus = store.corpus;
      await article(store, 'd1', 'Kell port news.', '2025-01-02');
      const watch = { id: 'w1', name: 'kell', query: { text: 'kell', actors: ['PRK'] }, output: { kind: 'jsonl', path: 'm.jsonl' }, createdAt: '2025-01-01T00:00:00.000Z' } as const;
      await corpus.putWatch(watch);
      assert.deepEqual(await corpus.listWatches(), [watch]);
      assert.equal(await corpus.recordWatchMatch('w1', 'd1', '2025-01-02T00:00:00.000Z'), true);
      assert.equal(await corpus.recordWatchMatch('w1', 'd1', '2025-01-03T00:00:00.000Z'), false);
      await corpus.putWatch({ ...watch, id: 'w2', output: { kind: 'stdout' } });
      assert.deepEqual((await corpus.listWatches()).map((w) => [w.id, w.output.kind]), [['w2', 'stdout']]);
      assert.equal(await corpus.removeWatch('kell'), true);
      assert.equal(await corpus.removeWatch('kell'), false);
      assert.deepEqual(await corpus.listWatches(), []);
    }));

    it('saves an index snapshot in one piece, keeps the most recent one, and drops it when stories are replaced', () => withStore(async (store) => {
      const corpus = store.corpus;
      assert.equal(await corpus.loadCorpusSnapshot(), undefined);
      const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
      const generation = await corpus.storiesGeneration();
      assert.equal(await corpus.saveCorpusSnapshot({ seq: 5, generation, bytes }), true);
      assert.deepEqual(await corpus.loadCorpusSnapshot(), { seq: 5, generation, bytes });
      assert.equal(await corpus.saveCorpusSnapshot({ seq: 4, generation, bytes: bytes.subarray(0, 10) }), false, 'an older snapshot does not replace a newer one');
      assert.equal(await corpus.saveCorpusSnapshot({ seq: 5, generation, bytes: bytes.subarray(0, 10) }), false);
      assert.equal(await corpus.saveCorpusSnapshot({ seq: 9, generation, bytes: bytes.subarray(1, 3) }), true);
      assert.deepEqual(await corpus.loadCorpusSnapshot(), { seq: 9, generation, bytes: bytes.subarray(1, 3) });
      await corpus.replaceStories({ stories: [], duplicates: [] });
      assert.equal(await corpus.loadCorpusSnapshot(), undefined, 'a re-clustering makes the snapshot useless');
      assert.equal(await corpus.saveCorpusSnapshot({ seq: 9, generation: generation + 1, bytes }), true);
      assert.deepEqual(await corpus.loadCorpusSnapshot(), { seq: 9, generation: generation + 1, bytes });
    }));

    it('runs an exclusive step on tables that see what the step wrote', () => withStore(async (store) => {
      const corpus = store.corpus;
      const a = await article(store, 'e1', 'Envoys met in Castra.', '2025-07-01');
      const seen = await corpus.exclusive(async (tables) => {
        await tables.putCorpusRecord(record(a, 's9', '2025-07-01'));
        return (await tables.loadCorpusArticles()).map((r) => r.article.id);
      });
      assert.deepEqual(seen, ['e1']);
      assert.equal(await corpus.storyIdOf('e1'), 's9');
      await assert.rejects(corpus.exclusive(async () => { throw new Error('step failed'); }), /step failed/);
    }));
  });
}
