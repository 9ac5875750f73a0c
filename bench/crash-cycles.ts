// Crash benchmark: ingest a synthetic corpus into SQLite, SIGKILL the ingest at a random point, restart, and repeat
// for N cycles; then let it finish and check that every article is stored exactly once and the file is intact.
// Usage: node --import tsx bench/crash-cycles.ts [--cycles 20] [--articles 3000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCorpus, runIngest, writeCorpus } from '../test/crash/crash-harness.ts';

const { values } = parseArgs({ options: { cycles: { type: 'string', default: '20' }, articles: { type: 'string', default: '3000' } } });
const cycles = Number(values.cycles);
const count = Number(values.articles);
const dir = mkdtempSync(join(tmpdir(), 'tidings-crash-bench-'));
const corpus = join(dir, 'corpus.jsonl');
const db = join(dir, 'bench.db');
const urls = writeCorpus(corpus, count);
let corruptions = 0;
let kills = 0;
for (let cycle = 1; cycle <= cycles; cycle++) {
  const before = cycle === 1 ? 0 : checkCorpus(db, urls).rows;
  // Kill somewhere within the next stretch of the corpus (re-reading the stored part is quick: it is skipped by id).
  const killAfter = before + 25 + Math.floor(Math.random() * Math.max(1, (count - before) / (cycles - cycle + 2)));
  const run = await runIngest(db, corpus, Math.min(killAfter, count - 1));
  if (run.killed) kills++;
  const check = checkCorpus(db, urls);
  if (check.integrity !== 'ok' || check.ftsIntegrity !== 'ok' || check.rows !== check.distinctUrls) corruptions++;
  process.stderr.write(`cycle ${cycle}: killed=${run.killed} rows=${check.rows} integrity=${check.integrity} fts=${check.ftsIntegrity}\n`);
}
await runIngest(db, corpus);
const final = checkCorpus(db, urls);
const lost = final.missing;
const duplicated = final.rows - final.distinctUrls;
process.stdout.write(`${JSON.stringify({ cycles, kills, articles: count, stored: final.rows, lost, duplicated, corruptions, integrity: final.integrity, ftsIntegrity: final.ftsIntegrity })}\n`);
rmSync(dir, { recursive: true, force: true });
process.exit(lost === 0 && duplicated === 0 && corruptions === 0 ? 0 : 1);
