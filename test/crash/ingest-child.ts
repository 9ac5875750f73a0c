// A child process for the crash tests: ingests a JSONL file into a SQLite store and prints progress, so the
// parent can SIGKILL it mid-way. Uses the full pipeline when TIDINGS_CRASH_FULL=1, otherwise segmentation only.
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';
import { segment } from '../../src/pipeline/segment/segment.ts';
import { ingestArticles } from '../../src/service/ingest-articles.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';

const [dbPath, jsonlPath] = process.argv.slice(2);
if (!dbPath || !jsonlPath) throw new Error('usage: ingest-child <db> <jsonl>');
const analyzer = process.env['TIDINGS_CRASH_FULL'] === '1' ? await createAnalyzer() : await createAnalyzer({}, [segment]);
const store = new SqliteStore(dbPath);
const summary = await ingestArticles(jsonlPath, {
  store,
  analyzer,
  onProgress: (s) => {
    if (s.read % 25 === 0) process.stdout.write(`${s.read}\n`);
  },
});
await store.close();
process.stdout.write(`done ${JSON.stringify({ read: summary.read, new: summary.new, duplicate: summary.duplicate, failed: summary.failed.length })}\n`);
