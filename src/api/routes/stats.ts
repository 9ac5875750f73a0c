import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import type { ResourceRoutes } from '../resource-routes.ts';

/** What the store holds: articles, sources, actors, events, stories, duplicates. */
export function statsRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.get('/stats', async (c) => c.json(await store.stats()));
  return { router, specs: [{ method: 'get', path: '/stats', tag: 'stats', summary: 'Counts of what the store holds', returns: 'StoreStats' }] };
}
