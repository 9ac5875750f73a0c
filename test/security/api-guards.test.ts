import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { apiGuards } from '../../src/api/middleware/api-guards.ts';
import { isLoopbackHost } from '../../src/api/middleware/is-loopback-host.ts';
import { rateLimit } from '../../src/api/middleware/rate-limit.ts';

function appWith(options: Parameters<typeof apiGuards>[0]): Hono {
  const app = new Hono();
  for (const guard of apiGuards(options)) app.use('/api/*', guard);
  app.get('/api/read', (c) => c.json({ ok: true }));
  app.post('/api/write', async (c) => c.json({ received: (await c.req.text()).length }));
  return app;
}

const post = (body = 'x', headers: Record<string, string> = {}) => ({ method: 'POST', body, headers });

describe('write-endpoint token', () => {
  it('lets writes through without a token when the server listens on loopback only', async () => {
    const app = appWith({ host: '127.0.0.1', token: '' });
    assert.equal((await app.request('/api/write', post())).status, 200);
  });

  it('refuses writes on a network-facing server that has no token configured', async () => {
    const app = appWith({ host: '0.0.0.0', token: '' });
    const res = await app.request('/api/write', post());
    assert.equal(res.status, 403);
    assert.match(((await res.json()) as { error: { hint: string } }).error.hint, /TIDINGS_TOKEN/);
    assert.equal((await app.request('/api/read')).status, 200);
  });

  it('demands the token for writes when one is set, even on loopback, and accepts the right one', async () => {
    const app = appWith({ host: '127.0.0.1', token: 's3cret-token' });
    assert.equal((await app.request('/api/write', post())).status, 401);
    assert.equal((await app.request('/api/write', post('x', { authorization: 'Bearer wrong' }))).status, 401);
    assert.equal((await app.request('/api/write', post('x', { authorization: 'Bearer s3cret-token-and-more' }))).status, 401);
    assert.equal((await app.request('/api/write', post('x', { authorization: 'Bearer s3cret-token' }))).status, 200);
    assert.equal((await app.request('/api/write', post('x', { 'x-tidings-token': 's3cret-token' }))).status, 200);
    assert.equal((await app.request('/api/read')).status, 200);
  });

  it('recognises loopback listen addresses and nothing else', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost']) assert.equal(isLoopbackHost(host), true, host);
    for (const host of ['0.0.0.0', '::', '192.168.1.4', 'example.org', '']) assert.equal(isLoopbackHost(host), false, host);
  });
});

describe('body-size limit', () => {
  it('answers 413 to a body over the limit, with or without Content-Length', async () => {
    const app = appWith({ host: '127.0.0.1', token: '', maxBodyBytes: 1000 });
    assert.equal((await app.request('/api/write', post('a'.repeat(999)))).status, 200);
    const res = await app.request('/api/write', post('a'.repeat(1001)));
    assert.equal(res.status, 413);
    const stream = new ReadableStream({ start(ctl) { ctl.enqueue(new TextEncoder().encode('b'.repeat(5000))); ctl.close(); } });
    const chunked = await app.request('/api/write', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    assert.equal(chunked.status, 413);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client exceeds its budget, and refills over time', async () => {
    let clock = 0;
    const app = new Hono();
    app.use('*', rateLimit({ limit: 3, windowMs: 60_000, now: () => clock, keyOf: (c) => c.req.header('x-client') ?? '?' }));
    app.get('/', (c) => c.text('ok'));
    const from = (client: string) => app.request('/', { headers: { 'x-client': client } });
    for (let i = 0; i < 3; i++) assert.equal((await from('a')).status, 200);
    const limited = await from('a');
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.equal((await from('b')).status, 200, 'another client has its own budget');
    clock += 20_000;
    assert.equal((await from('a')).status, 200);
  });
});

describe('read and write budgets', () => {
  it('keeps reads off the write budget, so browsing never blocks the next analysis, and limits each on its own', async () => {
    const app = appWith({ host: '127.0.0.1', token: '', rateLimit: { limit: 2 }, readRateLimit: { limit: 5 } });
    for (let i = 0; i < 5; i++) assert.equal((await app.request('/api/read')).status, 200);
    assert.equal((await app.request('/api/read')).status, 429, 'the sixth read exceeds the read budget');
    assert.equal((await app.request('/api/write', post())).status, 200, 'reads did not spend the write budget');
    assert.equal((await app.request('/api/write', post())).status, 200);
    assert.equal((await app.request('/api/write', post())).status, 429, 'the third write exceeds the write budget');
  });
});
