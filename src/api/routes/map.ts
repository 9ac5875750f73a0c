import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import { findDocuments } from '../find-documents.ts';
import { limitField, searchFilters } from '../query-schemas.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readQuery } from '../validate-input.ts';

const mapQuery = searchFilters.extend({ limit: limitField(500, 200) });

interface MapPlace {
  key: string;
  name: string;
  country?: string;
  region?: string;
  lat: number;
  lon: number;
  precision: string;
  articles: number;
  events: number;
}

/** Geocoded places across the articles matching the filters, with article and event counts, for the map. */
export function mapRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.get('/map', async (c) => {
    const { limit, ...filters } = readQuery(c, mapQuery);
    const found = await findDocuments(store, filters, limit, 0);
    const places = new Map<string, MapPlace>();
    let unlocated = 0;
    for (const hit of found.hits) {
      const doc = await store.getDocument(hit.id);
      for (const place of doc?.places ?? []) {
        if (place.lat === undefined || place.lon === undefined) {
          unlocated += 1;
          continue;
        }
        const key = `${place.name}|${place.country ?? ''}`;
        const entry = places.get(key) ?? {
          key, name: place.name, lat: place.lat, lon: place.lon, precision: place.precision, articles: 0, events: 0,
          ...(place.country ? { country: place.country } : {}), ...(place.region ? { region: place.region } : {}),
        };
        entry.articles += 1;
        entry.events += doc?.events.filter((e) => e.placeId === place.id).length ?? 0;
        places.set(key, entry);
      }
    }
    const sorted = [...places.values()].sort((a, b) => b.articles - a.articles);
    return c.json({ places: sorted, articles: found.hits.length, total: found.total, unlocated });
  });
  return {
    router,
    specs: [{ method: 'get', path: '/map', tag: 'map', summary: 'Places with article/event counts for the map', query: mapQuery, returns: '`{places, articles, total, unlocated}`' }],
  };
}
