import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root, tidings } from './cli-harness.ts';
import { scratchDirectory } from '../support/scratch-directory.ts';

const dir = scratchDirectory('tidings-cli-demo-');

/** Starts `tidings demo` on a free port and resolves with its URL once it says it is serving. */
function startDemo(db: string): Promise<{ url: string; stop: () => Promise<void>; stderr: () => string }> {
  const child = spawn(process.execPath, [join(root, 'bin/tidings.js'), 'demo', '--db', db], {
    cwd: dir,
    env: { ...process.env, PORT: '0' },
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
});
