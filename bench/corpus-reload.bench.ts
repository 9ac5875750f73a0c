// What a one-shot `tidings ingest` of one article costs on a big store: opening a SQLite store of N corpus articles,
// loading the duplicate and story indexes from it, and deciding one article — once by folding every stored article
// (a store without a snapshot), once from the saved snapshot. CPU time of this process (the machine is shared).
// Run: node --expose-gc --import tsx bench/corpus-reload.bench.ts [N] [--db /tmp/corpus-reload.db]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeCorpusSnapshot, encodeCorpusSnapshot } from '../src/corpus/corpus-snapshot.ts';
import { corpusStateFor, forgetCorpusState, setCorpusSnapshotPolicy, type CorpusState } from '../src/service/corpus-state.ts';
import { PostgresStore } from '../src/storage/postgres/postgres-store.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import { syntheticCorpusArticles } from './synthetic-corpus-articles.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string', default: '/tmp/tidings-corpus-reload.db' },
    // Also load from the snapshot with this many articles stored after it (added, measured, then removed again).
    'catch-up': { type: 'string', default: '0' },
    // Skip the full load and the save: measure loads from the snapshot a previous run left.
    'keep-snapshot': { type: 'boolean', default: false },
    // Also time writing and reading the same snapshot in a throwaway schema of this PostgreSQL database.
    pg: { type: 'string' },
  },
});
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
if (!values['keep-snapshot']) filling.db.exec('DELETE FROM corpus_snapshot');
await filling.close();
const probe = make(total);
// Typed arrays live outside the JS heap: both count.
const used = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};

/** Opens the store as a new process would, loads the indexes, decides the probe article; CPU, wall time and heap. */
async function load(then?: (state: CorpusState, store: SqliteStore) => Promise<void>) {
  const started = process.cpuUsage();
  const wallStart = performance.now();
  const store = new SqliteStore(values.db);
  setCorpusSnapshotPolicy(store.corpus, { every: Infinity });
  let state: CorpusState | undefined = await corpusStateFor(store.corpus);
  const loadMs = { cpu: cpuMs(started), wall: Math.round(performance.now() - wallStart) };
  const heapWithState = used();
  await then?.(state, store);
  const addStart = process.cpuUsage();
  const link = state.duplicates.add(probe);
  const assignment = state.clusterer.add(probe, link?.originalId);
  const addOneMs = Math.round(process.cpuUsage(addStart).user / 10) / 100;
  const { loaded } = state;
  // The heap the indexes hold: with them, minus without them (the store and everything else stay).
  forgetCorpusState(store.corpus);
  state = undefined;
  const heapMiB = Math.round((heapWithState - used()) / 2 ** 20);
  await store.close();
  return { loadMs, heapMiB, addOneMs, loaded, decision: { story: assignment.storyId, similarity: assignment.similarity, duplicate: link } };
}

// The first run on a store without a snapshot: a full load, then the snapshot is encoded and written.
const save = { cpu: 0, wall: 0, mib: 0 };
const full = values['keep-snapshot'] ? undefined : await load(async (state, store) => {
  const started = process.cpuUsage();
  const wallStart = performance.now();
  const bytes = encodeCorpusSnapshot(state);
  await store.corpus.saveCorpusSnapshot({ seq: state.lastSeq, generation: state.generation, bytes });
  Object.assign(save, { cpu: cpuMs(started), wall: Math.round(performance.now() - wallStart), mib: Math.round(bytes.byteLength / 2 ** 17) / 8 });
});
const fromSnapshot = await load();
if (full && JSON.stringify(full.decision) !== JSON.stringify(fromSnapshot.decision)) throw new Error('the snapshot decided differently');

// A second measure of what the restored indexes hold: two decoded copies kept at once, per copy.
const reader = new SqliteStore(values.db);
const saved = await reader.corpus.loadCorpusSnapshot();
await reader.close();
const beforeCopies = used();
const copies = saved ? [decodeCorpusSnapshot(saved.bytes), decodeCorpusSnapshot(saved.bytes)] : [];
const snapshotCopyMiB = Math.round((used() - beforeCopies) / 2 / 2 ** 20);
copies.length = 0;

let postgres;
if (values.pg && saved) {
  const schema = `corpus_reload_${process.pid}`;
  const pgStore = await PostgresStore.open({ connectionString: values.pg, schema, maxConnections: 2 });
  try {
    const time = async (work: () => Promise<unknown>) => {
      const [started, wallStart] = [process.cpuUsage(), performance.now()];
      await work();
      return { cpu: cpuMs(started), wall: Math.round(performance.now() - wallStart) };
    };
    const save = await time(() => pgStore.corpus.saveCorpusSnapshot(saved));
    let bytes = 0;
    const read = await time(async () => {
      bytes = (await pgStore.corpus.loadCorpusSnapshot())?.bytes.byteLength ?? 0;
    });
    if (bytes !== saved.bytes.byteLength) throw new Error('PostgreSQL gave back another snapshot');
    postgres = { saveMs: save, readMs: read };
  } finally {
    await pgStore.pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pgStore.close();
  }
}

const lateCount = Number(values['catch-up']);
let caughtUp;
if (lateCount > 0) {
  const late = new SqliteStore(values.db);
  const after = late.db.prepare('SELECT max(seq) FROM corpus_snapshot').pluck().get() as number;
  late.db.transaction(() => {
    for (let i = 1; i <= lateCount; i++) {
      const article = make(total + i);
      void late.corpus.putCorpusRecord({ article, storyId: `s${1 + ((total + i) % Math.ceil(total / 5))}`, similarity: 0.5, sharedTerms: [], seenAt: new Date(article.published ?? 0).toISOString() });
    }
  })();
  await late.close();
  caughtUp = await load();
  const cleanup = new SqliteStore(values.db);
  cleanup.db.prepare('DELETE FROM corpus_articles WHERE seq > ?').run(after);
  await cleanup.close();
}

process.stdout.write(`${JSON.stringify({ bench: 'corpus-reload', articles: total, fillMs, full, saveSnapshot: save, fromSnapshot, snapshotCopyMiB, postgres, caughtUp })}\n`);
