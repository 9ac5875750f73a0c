// SQLite ingest speed: analysed articles stored per second (new and re-ingested), and search queries per second.
// Analysis is done first and not timed here (bench/throughput.bench.ts measures it). Usage: npm run bench:ingest [-- --n 2000]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { argv } from 'node:process';
import type { AnalyzedDocument } from '../src/model/document.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import { analyzeRawArticle } from '../src/service/analyze-raw-article.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import { syntheticArticle } from './synthetic-articles.ts';
import { writeBenchmarkSection } from './write-benchmark-section.ts';

const index = argv.indexOf('--n');
const count = Number(index >= 0 ? argv[index + 1] : (process.env['BENCH_N'] ?? 1000));
const analyzer = await createAnalyzer();
process.stderr.write(`bench: analysing ${count} synthetic articles (not timed)…\n`);
const docs: AnalyzedDocument[] = Array.from({ length: count }, (_, i) => analyzeRawArticle(analyzer, syntheticArticle(i)));

const dir = mkdtempSync(join(tmpdir(), 'tidings-bench-ingest-'));
const store = new SqliteStore(join(dir, 'bench.db'));
const time = async (work: () => Promise<void>) => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};
try {
  const putSeconds = await time(async () => {
    for (const doc of docs) await store.putDocument(doc);
  });
  const againSeconds = await time(async () => {
    for (const doc of docs) await store.putDocument(doc);
  });
  const queries = ['harbour', 'grain exports', '"copper mine"', 'ceasefire plan', 'fuel*'];
  const searches = 200;
  const searchSeconds = await time(async () => {
    for (let i = 0; i < searches; i++) await store.search({ text: queries[i % queries.length] ?? '', limit: 20 });
  });
  const stats = await store.stats();
  const date = new Date().toISOString().slice(0, 10);
  const section = [
    `Command: \`npm run bench:ingest -- --n ${count}\` · date ${date} · machine: ${availableParallelism()} cores, Node ${process.versions.node}, load average ${loadavg()[0]?.toFixed(1)} at the start.`,
    `Store: SQLite file in WAL mode (synchronous=NORMAL), one transaction per article, corpus hooks not run. ${stats.articles} articles, ${stats.events} events stored.`,
    '',
    '| operation | count | seconds | per second |',
    '| --- | ---: | ---: | ---: |',
    `| putDocument, new articles (document + FTS + actors + topics + events) | ${count} | ${putSeconds.toFixed(2)} | ${Math.round(count / putSeconds).toLocaleString('en')} |`,
    `| putDocument, re-ingest of the same articles (duplicate check only) | ${count} | ${againSeconds.toFixed(2)} | ${Math.round(count / againSeconds).toLocaleString('en')} |`,
    `| search (FTS5, 20 hits with snippets) | ${searches} | ${searchSeconds.toFixed(2)} | ${Math.round(searches / searchSeconds).toLocaleString('en')} |`,
  ].join('\n');
  process.stdout.write(`${section}\n`);
  if (process.env['BENCH_WRITE'] !== '0') writeBenchmarkSection('SQLite ingest', section);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
