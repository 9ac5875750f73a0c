import { Hono } from 'hono';
import { z } from 'zod';
import { storyFacts } from '../../service/story-facts.ts';
import type { AppDeps } from '../app-deps.ts';
import { isoDateField, limitField } from '../query-schemas.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { loadStoryView } from '../story-detail.ts';
import { readQuery } from '../validate-input.ts';

const listQuery = z.object({ since: isoDateField, limit: limitField(500, 50) });

/** Stories (articles about one happening), each with its members, timeline and corroborated facts. */
export function storyRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.get('/stories', async (c) => {
    const { since, limit } = readQuery(c, listQuery);
    return c.json({ items: await store.corpus.listStories(since ? { since, limit } : { limit }) });
  });
  router.get('/stories/:id', async (c) => c.json(await loadStoryView(store, c.req.param('id'))));
  router.get('/stories/:id/facts', async (c) => c.json({ items: await storyFacts(store, c.req.param('id')) }));
  return {
    router,
    specs: [
      { method: 'get', path: '/stories', tag: 'stories', summary: 'Latest stories', query: listQuery, returns: '`{items: StorySummary[]}`' },
      { method: 'get', path: '/stories/{id}', tag: 'stories', summary: 'One story: articles, events, facts, plain facts', returns: 'StoryView' },
      { method: 'get', path: '/stories/{id}/facts', tag: 'stories', summary: "A story's facts with independent-source counts and contradictions", returns: '`{items: Fact[]}`' },
    ],
  };
}
