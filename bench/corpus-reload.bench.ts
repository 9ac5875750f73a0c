// What a one-shot `tidings ingest` of one article costs on a big store: opening a SQLite store of N corpus articles,
// loading the duplicate and story indexes from it, and deciding one article. CPU time of this process (the machine is
// shared). Run: node --expose-gc --import tsx bench/corpus-reload.bench.ts [N] [--db /tmp/corpus-reload.db]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusStateFor } from '../src/service/corpus-state.ts';
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
await filling.close();

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const openStart = process.cpuUsage();
const wallStart = performance.now();
const store = new SqliteStore(values.db);
const state = await corpusStateFor(store.corpus);
const loadMs = cpuMs(openStart);
const loadWallMs = Math.round(performance.now() - wallStart);
global.gc?.();
const heapMiB = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);

const probe = make(total);
const addStart = process.cpuUsage();
const link = state.duplicates.add(probe);
const assignment = state.clusterer.add(probe, link?.originalId);
const addMs = process.cpuUsage(addStart).user / 1000;
await store.close();

process.stdout.write(`${JSON.stringify({ bench: 'corpus-reload', articles: total, fillMs, loadIndexesMs: { cpu: loadMs, wall: loadWallMs }, addOneMs: Math.round(addMs * 100) / 100, heapMiB, story: assignment.storyId })}\n`);
