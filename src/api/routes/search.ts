import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import { findDocuments } from '../find-documents.ts';
import { limitField, offsetField, searchFilters } from '../query-schemas.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readQuery } from '../validate-input.ts';

const searchQuery = searchFilters.extend({ limit: limitField(100, 20), offset: offsetField });

/** Full-text search with the filters the UI keeps in its URL, and per-source counts for the page. */
export function searchRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.get('/search', async (c) => {
    const { limit, offset, ...filters } = readQuery(c, searchQuery);
    const found = await findDocuments(store, filters, limit, offset);
    const sources: Record<string, number> = {};
    for (const hit of found.hits) sources[hit.source ?? 'unknown'] = (sources[hit.source ?? 'unknown'] ?? 0) + 1;
    return c.json({ total: found.total, isTotalCapped: found.isTotalCapped, hits: found.hits, counts: { sources }, filters });
  });
  return {
    router,
    specs: [{ method: 'get', path: '/search', tag: 'search', summary: 'Full-text search with filters', query: searchQuery, returns: '`{total, isTotalCapped, hits: SearchHit[], counts, filters}`' }],
  };
}
