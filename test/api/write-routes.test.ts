import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiHarness } from './api-harness.ts';
import { createApiHarness } from './api-harness.ts';

const PASTED = 'The mayor of Easthaven opened a new ferry terminal on Monday, city officials said.';

describe('analyze and ingest API', () => {
  let api: ApiHarness;
  before(async () => { api = await createApiHarness(); });
  after(async () => { await api.store.close(); });

  it('analyses pasted text without storing it', async () => {
    const { status, body } = await api.postJson('/api/analyze', { text: PASTED, published: '2025-04-02' });
    assert.equal(status, 200);
    assert.equal((body['document'] as { text: string }).text, PASTED);
    assert.equal(body['stored'], undefined);
    assert.equal((await api.store.stats()).articles, 3);
  });

  it('stores an analysed article when asked and reports duplicates on re-ingest', async () => {
    const first = await api.postJson('/api/ingest', { articles: [{ text: PASTED, title: 'Ferry terminal opens' }] });
    assert.deepEqual([first.body['new'], first.body['duplicate']], [1, 0]);
    const again = await api.postJson('/api/ingest', { articles: [{ text: PASTED, title: 'Ferry terminal opens' }] });
    assert.deepEqual([again.body['new'], again.body['duplicate']], [0, 1]);
  });

  it('stores a pasted article through the ingest workflow when asked', async () => {
    const text = 'Harbour pilots in Easthaven ended their strike on Sunday after a pay deal.';
    const { status, body } = await api.postJson('/api/analyze', { text, store: true });
    assert.equal(status, 200);
    const stored = body['stored'] as { id: string; inserted: boolean };
    assert.equal(stored.inserted, true);
    assert.equal((await api.store.getDocument(stored.id))?.text, text);
  });

  it('reports an empty article as failed while the rest of the batch lands', async () => {
    const { body } = await api.postJson('/api/ingest', { articles: [{ text: '   ' }, { text: 'A second short note about tides.' }] });
    assert.deepEqual([body['new'], (body['failed'] as unknown[]).length], [1, 1]);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await api.app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{oops' });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /JSON/);
  });

  it('answers 400 when the text is missing', async () => {
    const { status, body } = await api.postJson('/api/analyze', { title: 'no text' });
    assert.equal(status, 400);
    assert.match((body['error'] as { message: string }).message, /`text`/);
  });

  it('ingests an uploaded RSS feed item by item', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Lakeside Bulletin</title>
      <item><title>Ferry fares rise</title><guid>lb-1</guid><description>The lake ferry company raised fares on Monday, its director said.</description></item>
      <item><title>Library reopens</title><guid>lb-2</guid><description>The town library reopened after repairs to its roof.</description></item>
    </channel></rss>`;
    const { status, body } = await api.postJson('/api/ingest/content', { name: 'bulletin.rss.xml', content: feed });
    assert.equal(status, 200);
    assert.deepEqual([body['read'], body['new']], [2, 2]);
  });

  it('refuses to fetch a URL on a loopback address', async () => {
    const { status, body } = await api.postJson('/api/ingest/url', { url: 'http://127.0.0.1:9/feed.xml' });
    assert.equal(status, 400);
    assert.match((body['error'] as { message: string }).message, /127\.0\.0\.1|private|loopback/i);
  });
});
