import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiHarness } from './api-harness.ts';
import { createApiHarness } from './api-harness.ts';

describe('app shell: OpenAPI, errors, headers', () => {
  let api: ApiHarness;
  before(async () => { api = await createApiHarness(); });
  after(async () => { await api.store.close(); });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const { status, body } = await api.getJson('/api/openapi.json');
    assert.equal(status, 200);
    const paths = body['paths'] as Record<string, Record<string, { parameters: { name: string }[] }>>;
    assert.ok(paths['/api/documents/{id}']?.['get']);
    assert.ok(paths['/api/search']?.['get']?.parameters.some((p) => p.name === 'quadClass'));
    assert.ok(paths['/api/analyze']?.['post']);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await api.getJson('/api/nothing-here');
    assert.equal(status, 404);
    assert.equal((body['error'] as { code: string }).code, 'not_found');
  });

  it('sends a Content-Security-Policy without inline scripts and other security headers', async () => {
    const res = await api.app.request('/api/stats');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
  });

  it('maps an unexpected failure to a 500 with a logged id and no stack in the body', async () => {
    const broken = { ...api.store, stats: () => Promise.reject(new Error('disk on fire')) };
    const { createApp } = await import('../../src/api/app.ts');
    const logged: string[] = [];
    const app = createApp({ store: broken, analyzer: api.analyzer, log: (l) => logged.push(l) });
    const res = await app.request('/api/stats');
    assert.equal(res.status, 500);
    const body = (await res.json()) as { error: { id: string; message: string } };
    assert.doesNotMatch(body.error.message, /disk on fire/);
    assert.ok(logged.some((l) => l.includes(body.error.id) && l.includes('disk on fire')));
  });

  it('refuses writes without a token when the server listens beyond loopback', async () => {
    const { createApp } = await import('../../src/api/app.ts');
    const app = createApp({ store: api.store, analyzer: api.analyzer, host: '0.0.0.0', guards: { token: '' } });
    const res = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"x"}' });
    assert.equal(res.status, 403);
    assert.equal((await app.request('/api/stats')).status, 200);
  });
});
