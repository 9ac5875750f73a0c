import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiHarness } from './api-harness.ts';
import { createApiHarness } from './api-harness.ts';

describe('documents and search API', () => {
  let api: ApiHarness;
  before(async () => { api = await createApiHarness(); });
  after(async () => { await api.store.close(); });

  it('lists stored articles newest first with a total', async () => {
    const { status, body } = await api.getJson('/api/documents?limit=2');
    assert.equal(status, 200);
    assert.equal(body['total'], 3);
    const items = body['items'] as { title: string }[];
    assert.equal(items.length, 2);
    assert.equal(items[0]?.title, 'Grain prices steady after harvest report');
  });

  it('returns the whole analysed document by id', async () => {
    const list = await api.getJson('/api/documents');
    const id = (list.body['items'] as { id: string }[])[0]?.id;
    const { status, body } = await api.getJson(`/api/documents/${id}`);
    assert.equal(status, 200);
    assert.equal(body['id'], id);
    assert.ok(Array.isArray(body['tokens']) && Array.isArray(body['events']));
  });

  it('answers 404 with a JSON error for an unknown document', async () => {
    const { status, body } = await api.getJson('/api/documents/nope');
    assert.equal(status, 404);
    assert.deepEqual(body, { error: { code: 'not_found', message: 'No document with id `nope`.' } });
  });

  it('finds articles by full text and filters by source', async () => {
    const byText = await api.getJson('/api/search?q=quotas');
    assert.equal(byText.body['total'], 1);
    const bySource = await api.getJson('/api/search?source=Coastal%20Wire');
    assert.equal(bySource.body['total'], 2);
    assert.deepEqual(bySource.body['counts'], { sources: { 'Coastal Wire': 2 } });
  });

  it('filters search results by event QuadClass and by place', async () => {
    const conflict = await api.getJson('/api/search?quadClass=3');
    assert.deepEqual((conflict.body['hits'] as { title: string }[]).map((h) => h.title), ['Border guards accuse neighbours of shelling a customs post']);
    const place = await api.getJson('/api/search?place=valdoria');
    assert.equal(place.body['total'], 1);
  });

  it('rejects a bad filter with a 400 that names the parameter and quotes the value', async () => {
    const { status, body } = await api.getJson('/api/search?since=yesterdayy');
    assert.equal(status, 400);
    const error = body['error'] as { code: string; message: string };
    assert.equal(error.code, 'bad_input');
    assert.match(error.message, /`since`.*ISO date.*`"yesterdayy"`/);
  });

  it('rejects an out-of-range limit', async () => {
    const { status } = await api.getJson('/api/documents?limit=100000');
    assert.equal(status, 400);
  });

  it('reports store counts', async () => {
    const { body } = await api.getJson('/api/stats');
    assert.equal(body['articles'], 3);
  });
});
