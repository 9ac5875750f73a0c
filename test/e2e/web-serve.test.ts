import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '../..');

describe('tidings serve', () => {
  it('serves the API and the web page on the port it prints, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/tidings.js'), 'serve', '--port', '0', '--db', ':memory:'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let stderr = '';
      child.stderr.setEncoding('utf8');
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${stderr}`)), 90_000);
        child.stderr.on('data', (chunk: string) => {
          stderr += chunk;
          const found = /serving (http:\/\/\S+?) /.exec(stderr)?.[1];
          if (found) { clearTimeout(timer); resolve(found); }
        });
      });
      const health = (await (await fetch(`${url}/api/health`)).json()) as { ok: boolean; store: string };
      assert.deepEqual([health.ok, health.store], [true, 'sqlite']);
      const page = await fetch(`${url}/search?q=anything`);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      assert.ok([200, 503].includes(page.status), 'the UI page, or a 503 saying how to build it');
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
    assert.equal(child.exitCode, 0);
  });

  it('rejects a port that is not a number with a message naming the flag', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin/tidings.js'), 'serve', '--port', 'eighty', '--db', ':memory:'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /`--port`.*`eighty`/);
  });
});
