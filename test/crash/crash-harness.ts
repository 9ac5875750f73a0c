import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { syntheticArticle } from '../../bench/synthetic-articles.ts';

const CHILD = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));

/** Writes `count` synthetic articles as JSONL and returns their URLs. */
export function writeCorpus(path: string, count: number): string[] {
  const articles = Array.from({ length: count }, (_, i) => syntheticArticle(i));
  writeFileSync(path, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  return articles.map((a) => a.url ?? '');
}

/**
 * Runs the ingest child. With `killAfter`, sends SIGKILL once it reports that many items read (or when it ends);
 * resolves with whether it was killed.
 */
export function runIngest(dbPath: string, corpusPath: string, killAfter?: number): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, corpusPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const last = Number(output.trim().split('\n').at(-1));
      if (killAfter !== undefined && !killed && last >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ killed: signal === 'SIGKILL', output });
      else reject(new Error(`ingest child exited with ${code}: ${output.slice(-2000)}`));
    });
  });
}

/** What a crash check needs to know about the database after the run. */
export interface CorpusCheck {
  readonly rows: number;
  readonly distinctUrls: number;
  readonly missing: number;
  readonly integrity: string;
  readonly ftsIntegrity: string;
}

/** Counts rows, duplicates and missing URLs, and runs SQLite's and FTS5's integrity checks. */
export function checkCorpus(dbPath: string, urls: readonly string[]): CorpusCheck {
  const db = new Database(dbPath);
  try {
    const rows = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const stored = new Set(db.prepare('SELECT url FROM documents').pluck().all() as string[]);
    const integrity = (db.prepare('PRAGMA integrity_check').pluck().all() as string[]).join('; ');
    let ftsIntegrity = 'ok';
    try {
      db.prepare("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')").run();
    } catch (error) {
      ftsIntegrity = (error as Error).message;
    }
    return { rows, distinctUrls: stored.size, missing: urls.filter((u) => !stored.has(u)).length, integrity, ftsIntegrity };
  } finally {
    db.close();
  }
}
