import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { nameEvents } from '../name-events.ts';
import { isoDateField, limitField, offsetField, quadClassField } from '../query-schemas.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readQuery } from '../validate-input.ts';

const eventsQuery = z.object({
  actor: z.string().max(200).optional(),
  since: isoDateField,
  until: isoDateField,
  rootCode: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root code such as 04').optional(),
  quadClass: quadClassField,
  documentId: z.string().max(100).optional(),
  limit: limitField(1000, 100),
  offset: offsetField,
});

/** Coded events across stored articles, each with the sentence and article it came from. */
export function eventRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.get('/events', async (c) => {
    const query = readQuery(c, eventsQuery);
    const defined = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
    const items = nameEvents(await store.listEvents(defined));
    return c.json({ items });
  });
  return {
    router,
    specs: [{ method: 'get', path: '/events', tag: 'events', summary: 'List coded events', query: eventsQuery, returns: '`{items: StoredEvent[]}`' }],
  };
}
