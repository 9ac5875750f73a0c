import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiHarness } from './api-harness.ts';
import { createApiHarness } from './api-harness.ts';

describe('stories, dyads and watchlists API', () => {
  let api: ApiHarness;
  before(async () => { api = await createApiHarness(); });
  after(async () => { await api.store.close(); });

  it('lists the stories the ingest workflow formed', async () => {
    const { status, body } = await api.getJson('/api/stories');
    assert.equal(status, 200);
    const items = body['items'] as { id: string; articles: number }[];
    assert.ok(items.length >= 1);
    assert.equal(items.reduce((n, s) => n + s.articles, 0), 3);
  });

  it('shows one story with its articles, events and facts', async () => {
    const list = await api.getJson('/api/stories');
    const id = (list.body['items'] as { id: string }[])[0]?.id ?? '';
    const { status, body } = await api.getJson(`/api/stories/${id}`);
    assert.equal(status, 200);
    assert.ok(Array.isArray(body['articles']) && Array.isArray(body['facts']) && Array.isArray(body['events']));
  });

  it("finds an article's story from the article", async () => {
    const docs = await api.getJson('/api/documents?limit=1');
    const id = (docs.body['items'] as { id: string }[])[0]?.id ?? '';
    const { body } = await api.getJson(`/api/documents/${id}/relations`);
    assert.equal(typeof body['storyId'], 'string');
  });

  it('answers 404 for an unknown story', async () => {
    assert.equal((await api.getJson('/api/stories/nope')).status, 404);
  });

  it('gives the dyad curve between two actor code prefixes', async () => {
    const { body } = await api.getJson('/api/dyads?a=VAL&b=OST');
    const days = body['days'] as { day: string; events: number }[];
    assert.deepEqual(days.map((d) => [d.day, d.events]), [['2025-03-14', 2]]);
  });

  it('rejects a dyad actor that is not a code', async () => {
    assert.equal((await api.getJson('/api/dyads?a=V&b=OST')).status, 400);
  });

  it('creates a watchlist, lists it, finds its matches and deletes it', async () => {
    const created = await api.postJson('/api/watchlists', { name: 'border', text: 'customs post' });
    assert.equal(created.status, 201);
    const list = await api.getJson('/api/watchlists');
    assert.deepEqual((list.body['items'] as { name: string }[]).map((w) => w.name), ['border']);
    const matches = await api.getJson('/api/watchlists/border/matches');
    assert.deepEqual((matches.body['items'] as { title: string }[]).map((m) => m.title), ['Border guards accuse neighbours of shelling a customs post']);
    const removed = await api.app.request('/api/watchlists/border', { method: 'DELETE' });
    assert.equal(removed.status, 200);
  });

  it('refuses a watchlist with nothing to match', async () => {
    const { status, body } = await api.postJson('/api/watchlists', { name: 'empty' });
    assert.equal(status, 400);
    assert.match((body['error'] as { message: string }).message, /at least one/);
  });
});
