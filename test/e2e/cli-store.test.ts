import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { SearchResult, StoreStats } from '../../src/storage/store.ts';
import { root, tidings } from './cli-harness.ts';
import { scratchDirectory } from '../support/scratch-directory.ts';

const dir = scratchDirectory('tidings-cli-store-');
const db = join(dir, 'news.db');
const samples = join(root, 'samples');

describe('tidings ingest, search and stats', () => {
  it('ingests the sample corpus, then re-ingests it without creating duplicates', () => {
    const first = tidings(['ingest', samples, '--db', db, '--json']);
    assert.equal(first.code, 0, first.stderr);
    const summary = JSON.parse(first.stdout) as { read: number; new: number; duplicate: number; failed: unknown[] };
    assert.ok(summary.read >= 12);
    assert.equal(summary.new, summary.read);
    const second = tidings(['ingest', samples, '--db', db]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, new RegExp(`Read ${summary.read} articles: 0 new, ${summary.read} already stored, 0 failed`));
    const stats = JSON.parse(tidings(['stats', '--json', '--db', db]).stdout) as StoreStats;
    assert.equal(stats.articles, summary.read);
    assert.ok(stats.sources >= 4);
  });

  it('ingests every file named on the command line, and analyze refuses more than one', () => {
    const files = ['a.txt', 'b.txt'].map((name, i) => {
      const path = join(dir, name);
      writeFileSync(path, `Harbour officials in Tromsø counted ${i + 3} trawlers tied up after the storm, the port authority said on Tuesday.\n`);
      return path;
    });
    const run = tidings(['ingest', ...files, '--db', ':memory:', '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { read: number }).read, 2);
    const analyze = tidings(['analyze', ...files]);
    assert.equal(analyze.code, 1);
    assert.match(analyze.stderr, /reads one article, got 2 inputs/);
  });

  it('finds articles by words and filters them by source and date, using TIDINGS_DB', () => {
    const env = { TIDINGS_DB: db };
    const all = JSON.parse(tidings(['search', 'earthquake', '--json'], { env }).stdout) as SearchResult;
    assert.ok(all.total >= 2);
    const wire = JSON.parse(tidings(['search', 'earthquake', '--source', 'Meridian Wire', '--json'], { env }).stdout) as SearchResult;
    assert.equal(wire.total, 1);
    const late = JSON.parse(tidings(['search', 'grain', '--since', '2025-09-16', '--json'], { env }).stdout) as SearchResult;
    assert.ok(late.hits.every((hit) => (hit.published ?? '') >= '2025-09-16'));
    const readable = tidings(['search', '"task force"', '--limit', '2'], { env });
    assert.equal(readable.code, 0, readable.stderr);
    assert.match(readable.stdout, /articles match \(showing 2\)/);
    assert.match(readable.stdout, /\[task\] \[force\]|\[task force\]/);
  });

  it('prints readable stats', () => {
    const run = tidings(['stats', '--db', db]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /articles\s+\d+/);
  });

  it('counts failed items, stores the good ones, and exits non-zero', () => {
    const jsonl = join(dir, 'batch.jsonl');
    writeFileSync(jsonl, '{"text":"The lighthouse at Merrow was repainted."}\n{"text":""}\n');
    const run = tidings(['ingest', jsonl, '--db', db]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /1 new, 0 already stored, 1 failed/);
    assert.match(run.stdout, /line 2: expected a non-empty string/);
  });

  it('works on a throw-away :memory: store and says so when a feed has no items', () => {
    const empty = join(dir, 'empty.xml');
    writeFileSync(empty, '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>');
    const run = tidings(['ingest', empty, '--db', ':memory:']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /The feed `.*empty\.xml` \("Quiet"\) has no items/);
  });

  it('rejects a bad --since date and an unknown store URL', () => {
    const since = tidings(['search', 'x', '--since', '18/06/2025', '--db', db]);
    assert.equal(since.code, 1);
    assert.match(since.stderr, /Expected an ISO date for `--since`, got `18\/06\/2025`/);
    const url = tidings(['stats', '--db', 'mysql://db.example/news']);
    assert.equal(url.code, 1);
    assert.match(url.stderr, /Unsupported store URL `mysql:\/\/db\.example\/news`/);
  });

  it('ends quietly when the reader of its output goes away, as with `| head`', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/tidings.js'), 'stories', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closing our end before the command writes makes every write of its output fail with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
