import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { mountWebAssets } from '../../src/api/web-assets.ts';

describe('web asset serving', () => {
  let root: string;
  let outside: string;
  const app = new Hono();
  before(() => {
    outside = mkdtempSync(join(tmpdir(), 'tidings-assets-'));
    root = join(outside, 'web');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'assets', 'main-abc.js'), 'export {}');
    writeFileSync(join(outside, 'secret.txt'), 'do not serve');
    mountWebAssets(app, root);
  });
  after(() => rmSync(outside, { recursive: true, force: true }));

  it('serves hashed assets with a long immutable cache', async () => {
    const res = await app.request('/assets/main-abc.js');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
    assert.match(res.headers.get('cache-control') ?? '', /immutable/);
  });

  it('answers bookmarked view paths with the app page', async () => {
    const res = await app.request('/story/abc?tab=facts');
    assert.equal(await res.text(), '<!doctype html><title>app</title>');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
  });

  it('never serves a file outside the web folder, however the path is encoded', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%E0%A4%A']) {
      const body = await (await app.request(path)).text();
      assert.doesNotMatch(body, /do not serve/, path);
    }
  });

  it('says how to build the UI when it is missing', async () => {
    const bare = new Hono();
    mountWebAssets(bare, undefined);
    const res = await bare.request('/');
    assert.equal(res.status, 503);
    assert.match(await res.text(), /npm run build:web/);
  });
});
