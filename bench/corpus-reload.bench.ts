// What a one-shot `tidings ingest` of one article costs on a big store: opening a SQLite store of N corpus articles,
// loading the duplicate and story indexes from it, and deciding one article — once by folding every stored article
// (a store without a snapshot), once from the saved snapshot. CPU time of this process (the machine is shared).
// Run: node --expose-gc --import tsx bench/corpus-reload.bench.ts [N] [--db /tmp/corpus-reload.db]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusStateFor, setCorpusSnapshotPolicy, type CorpusState } from '../src/service/corpus-state.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import { syntheticCorpusArticles } from './synthetic-corpus-articles.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { db: { type: 'string', default: '/tmp/tidings-corpus-reload.db' } } });
const total = Number(positionals[0] ?? 100_000);
const make = syntheticCorpusArticles(total + 1);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};

const fresh = !existsSync(values.db);
const filling = new SqliteStore(values.db);
const stored = filling.db.prepare('SELECT count(*) FROM corpus_articles').pluck().get() as number;
let fillMs = 0;
if (fresh || stored < total) {
  const started = process.cpuUsage();
  // Stories of ~5 articles, as the clusterer would form them on this corpus.
  filling.db.transaction(() => {
    for (let i = stored; i < total; i++) {
      const article = make(i);
      void filling.corpus.putCorpusRecord({ article, storyId: `s${1 + (i % Math.ceil(total / 5))}`, similarity: 0.5, sharedTerms: [], seenAt: new Date(article.published ?? 0).toISOString() });
    }
  })();
  fillMs = cpuMs(started);
} else {
  for (let i = 0; i < total; i++) make(i);
}
// Measured first as a store without a snapshot (as before this change).
filling.db.exec('DELETE FROM corpus_snapshot');
await filling.close();
const probe = make(total);

/** Opens the store as a new process would, loads the indexes, decides the probe article; CPU, wall time and heap. */
async function load(snapshotEvery: number) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.cpuUsage();
  const wallStart = performance.now();
  const store = new SqliteStore(values.db);
  setCorpusSnapshotPolicy(store.corpus, { every: snapshotEvery });
  let state: CorpusState | undefined = await corpusStateFor(store.corpus);
  const loadMs = { cpu: cpuMs(started), wall: Math.round(performance.now() - wallStart) };
  global.gc?.();
  const heapMiB = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
  const addStart = process.cpuUsage();
  const link = state.duplicates.add(probe);
  const assignment = state.clusterer.add(probe, link?.originalId);
  const addOneMs = Math.round(process.cpuUsage(addStart).user / 10) / 100;
  const { loaded } = state;
  state = undefined;
  await store.close();
  return { loadMs, heapMiB, addOneMs, loaded, decision: { story: assignment.storyId, similarity: assignment.similarity, duplicate: link } };
}

const full = await load(Infinity);
// Saving: encode the indexes and write the snapshot, as the first run on an old store does after its full load.
const saveStart = process.cpuUsage();
const saver = new SqliteStore(values.db);
setCorpusSnapshotPolicy(saver.corpus, { every: 1 });
await corpusStateFor(saver.corpus);
const loadAndSaveMs = cpuMs(saveStart);
const snapshotMiB = Math.round((saver.db.prepare('SELECT sum(length(bytes)) FROM corpus_snapshot').pluck().get() as number) / 2 ** 17) / 8;
await saver.close();
const fromSnapshot = await load(Infinity);
if (JSON.stringify(full.decision) !== JSON.stringify(fromSnapshot.decision)) throw new Error('the snapshot decided differently');

process.stdout.write(`${JSON.stringify({
  bench: 'corpus-reload', articles: total, fillMs, full, saveMs: loadAndSaveMs - full.loadMs.cpu, snapshotMiB, fromSnapshot,
})}\n`);
