import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.ts';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';
import { segment } from '../../src/pipeline/segment/segment.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';

const TOKEN = 'correct-horse-battery';
const article = JSON.stringify({ text: 'The ferry between Orlen and Castra resumed service on Friday after repairs.' });
let store: SqliteStore;
let exposed: Hono;

before(async () => {
  store = new SqliteStore(':memory:');
  const analyzer = await createAnalyzer({}, [segment]);
  exposed = createApp({ store, analyzer, host: '0.0.0.0', guards: { token: TOKEN, maxBodyBytes: 10_000 }, hooks: [], log: () => undefined });
});
after(() => store.close());

const json = (body: string, headers: Record<string, string> = {}) => ({ method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('the API as served beyond loopback', () => {
  it('refuses writes without the token and accepts them with it', async () => {
    assert.equal((await exposed.request('/api/analyze', json(article))).status, 401);
    assert.equal((await exposed.request('/api/analyze', json(article, { authorization: 'Bearer nope' }))).status, 401);
    assert.equal((await exposed.request('/api/analyze', json(article, { authorization: `Bearer ${TOKEN}` }))).status, 200);
  });

  it('still serves reads without a token', async () => {
    assert.equal((await exposed.request('/api/stats')).status, 200);
  });

  it('rejects an oversized body with 413 even with the token', async () => {
    const big = JSON.stringify({ text: 'word '.repeat(5000) });
    assert.equal((await exposed.request('/api/analyze', json(big, { authorization: `Bearer ${TOKEN}` }))).status, 413);
  });

  it('refuses to fetch a private or metadata address through the URL ingest endpoint', async () => {
    for (const url of ['http://127.0.0.1:9/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://10.0.0.1/feed']) {
      const res = await exposed.request('/api/ingest/url', json(JSON.stringify({ url }), { authorization: `Bearer ${TOKEN}` }));
      assert.equal(res.status, 400, url);
      assert.match(JSON.stringify(await res.json()), /non-public address/, url);
    }
  });

  it('sends security headers on API responses', async () => {
    const res = await exposed.request('/api/stats');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
  });
});
