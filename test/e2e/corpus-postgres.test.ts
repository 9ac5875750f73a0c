import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';
import { segment } from '../../src/pipeline/segment/segment.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { ingestArticles } from '../../src/service/ingest-articles.ts';
import { openStore } from '../../src/storage/open-store.ts';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from '../../src/storage/postgres/test-postgres.ts';
import type { Store } from '../../src/storage/store.ts';
import { fixtureItems, withFixtureAnnotations } from '../api/fixture-documents.ts';
import { corpusCommandsSuite } from '../corpus/corpus-commands-suite.ts';
import { scratchDirectory } from '../support/scratch-directory.ts';

// Unset or unreachable PostgreSQL skips these visibly; in CI (CI=true) testPostgresUrl throws, failing the run.
const pgUrl = await testPostgresUrl();
const skip = pgUrl ? false : 'TIDINGS_TEST_PG unset or unreachable: PostgreSQL corpus commands not run';
const schemas = [uniqueTestSchema('e2e_corpus_cli'), uniqueTestSchema('e2e_corpus_api')] as const;
const dir = scratchDirectory('tidings-corpus-pg-');
after(async () => {
  if (pgUrl) for (const schema of schemas) await dropTestSchema(pgUrl, schema);
});
const dbOf = (schema: string) => `${pgUrl ?? ''}${pgUrl?.includes('?') ? '&' : '?'}schema=${schema}`;

describe('corpus commands on a PostgreSQL store', { skip }, () => {
  corpusCommandsSuite(dbOf(schemas[0]), dir);
});

describe('stories, dyads and watchlists API on a PostgreSQL store', { skip }, () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const getJson = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  before(async () => {
    if (!pgUrl) return;
    const analyzer = withFixtureAnnotations(await createAnalyzer({}, [segment as Stage<unknown>]));
    store = await openStore(dbOf(schemas[1]));
    await ingestArticles(fixtureItems(), { store, analyzer });
    app = createApp({ store, analyzer, log: () => undefined });
  });
  after(async () => {
    await store?.close();
  });

  it('lists stories, shows one with its articles and facts, and finds an article\'s story', async () => {
    const items = (await getJson('/api/stories')).body['items'] as { id: string; articles: number }[];
    assert.equal(items.reduce((n, s) => n + s.articles, 0), 3);
    const story = await getJson(`/api/stories/${items[0]?.id ?? ''}`);
    assert.equal(story.status, 200);
    assert.ok(Array.isArray(story.body['articles']) && Array.isArray(story.body['facts']));
    const docs = (await getJson('/api/documents?limit=1')).body['items'] as { id: string }[];
    const relations = await getJson(`/api/documents/${docs[0]?.id ?? ''}/relations`);
    assert.equal(typeof relations.body['storyId'], 'string');
    assert.equal((await getJson('/api/stories/nope')).status, 404);
  });

  it('gives the dyad curve between two actor code prefixes', async () => {
    const days = (await getJson('/api/dyads?a=VAL&b=OST')).body['days'] as { day: string; events: number }[];
    assert.deepEqual(days.map((d) => [d.day, d.events]), [['2025-03-14', 2]]);
  });

  it('creates a watchlist, lists it, finds its matches and deletes it', async () => {
    const created = await app.request('/api/watchlists', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'border', text: 'customs post' }),
    });
    assert.equal(created.status, 201);
    assert.deepEqual(((await getJson('/api/watchlists')).body['items'] as { name: string }[]).map((w) => w.name), ['border']);
    const matches = (await getJson('/api/watchlists/border/matches')).body['items'] as { title: string }[];
    assert.deepEqual(matches.map((m) => m.title), ['Border guards accuse neighbours of shelling a customs post']);
    assert.equal((await app.request('/api/watchlists/border', { method: 'DELETE' })).status, 200);
    assert.equal((await app.request('/api/watchlists/border', { method: 'DELETE' })).status, 404);
  });
});
