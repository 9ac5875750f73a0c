import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root, tidings } from './cli-harness.ts';
import { scratchDirectory } from '../support/scratch-directory.ts';

const dir = scratchDirectory('tidings-cli-demo-');

/** Starts `tidings demo` on a free port and resolves with its URL once it says it is serving. */
function startDemo(db: string, env: Record<string, string> = {}): Promise<{ url: string; stop: () => Promise<void>; stderr: () => string }> {
  const child = spawn(process.execPath, [join(root, 'bin/tidings.js'), 'demo', '--db', db], {
    cwd: dir,
    env: { ...process.env, PORT: '0', ...env },
  });
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start:\n${stderr}`)), 180_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /serving (http:\/\/\S+)/.exec(stderr)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        stderr: () => stderr,
        stop: () => new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
    child.once('exit', (code) => reject(new Error(`demo exited with ${code}:\n${stderr}`)));
  });
}

describe('tidings demo (what npm start runs)', () => {
  it('ingests the sample corpus, serves it, and re-ingests nothing on a second start', async () => {
    const db = join(dir, 'demo.db');
    const first = await startDemo(db);
    try {
      assert.match(first.stderr(), /sample corpus: Read (\d+) articles: \1 new/);
      const stats = (await (await fetch(`${first.url}/api/stats`)).json()) as { articles: number };
      assert.ok(stats.articles >= 12);
      assert.equal((await fetch(first.url)).status, 200);
    } finally {
      await first.stop();
    }
    const second = await startDemo(db);
    try {
      assert.match(second.stderr(), /sample corpus: Read (\d+) articles: 0 new, \1 already stored/);
    } finally {
      await second.stop();
    }
    assert.equal(tidings(['stats', '--json', '--db', db]).code, 0);
  });

  it('ingests the samples with $TIDINGS_EVENT_FILTER=0 as `tidings ingest` does, keeping the events the filter would drop', async () => {
    const eventsOf = (db: string) => (JSON.parse(tidings(['stats', '--json', '--db', db]).stdout) as { events: number }).events;
    const filtered = join(dir, 'ingest-filtered.db');
    const unfiltered = join(dir, 'ingest-unfiltered.db');
    assert.equal(tidings(['ingest', 'samples', '--db', filtered]).code, 0);
    assert.equal(tidings(['ingest', 'samples', '--db', unfiltered], { env: { TIDINGS_EVENT_FILTER: '0' } }).code, 0);
    const db = join(dir, 'demo-unfiltered.db');
    const demo = await startDemo(db, { TIDINGS_EVENT_FILTER: '0' });
    await demo.stop();
    const unfilteredEvents = eventsOf(unfiltered);
    assert.equal(eventsOf(db), unfilteredEvents);
    assert.ok(unfilteredEvents > eventsOf(filtered), 'the samples hold an event the filter drops, or this test shows nothing');
  });

  it('reads the knowledge options once for the ingest and the server: a note about them prints once', async () => {
    const verbs = join(dir, 'own.verbs.txt');
    writeFileSync(verbs, '--- WAVE   [051] ---\nWAVE\n- * AT  [051]\n');
    const demo = await startDemo(join(dir, 'demo-verbs.db'), { TIDINGS_ACTORS: verbs });
    await demo.stop();
    assert.equal(demo.stderr().match(/is a TABARI verb dictionary/g)?.length, 1, demo.stderr());
  });

  it('stops on a $TIDINGS_LEARNED_SIDES that is neither 0 nor 1 before it stores anything', () => {
    const db = join(dir, 'demo-refused.db');
    const run = tidings(['demo', '--db', db], { env: { TIDINGS_LEARNED_SIDES: 'off', PORT: '0' } });
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /Expected 0 or 1 for `\$TIDINGS_LEARNED_SIDES`, got `off`/);
    assert.equal(existsSync(db), false);
  });

  it('stops on a $PORT out of range before it stores anything, naming $PORT', () => {
    const db = join(dir, 'demo-bad-port.db');
    const run = tidings(['demo', '--db', db], { env: { PORT: '70000' } });
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /Expected a port number between 0 and 65535 for `\$PORT`, got `70000`/);
    assert.equal(existsSync(db), false);
  });
});
