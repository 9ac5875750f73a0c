import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { isoDateField, limitField, quadClassField } from '../query-schemas.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readQuery } from '../validate-input.ts';

const networkQuery = z.object({
  actor: z.string().max(200).optional(),
  since: isoDateField,
  until: isoDateField,
  quadClass: quadClassField,
  limit: limitField(5000, 1000),
});

interface Edge {
  source: string;
  target: string;
  events: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
}

/** Actors as nodes and coded interactions as edges (cooperation vs conflict), for the network view. */
export function networkRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.get('/network', async (c) => {
    const { limit, ...rest } = readQuery(c, networkQuery);
    const query = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const [events, actors] = await Promise.all([store.listEvents({ ...query, limit }), store.listActors({ limit: 500 })]);
    const names = new Map(actors.flatMap((a) => (a.code ? [[a.code, a.name] as const] : [])));
    const edges = new Map<string, Edge>();
    const degree = new Map<string, number>();
    for (const e of events) {
      if (!e.sourceCode || !e.targetCode || e.sourceCode === e.targetCode) continue;
      const [source, target] = [e.sourceCode, e.targetCode].sort() as [string, string];
      const key = `${source}→${target}`;
      const edge = edges.get(key) ?? { source, target, events: 0, cooperation: 0, conflict: 0, goldstein: 0 };
      edge.events += 1;
      edge.goldstein += e.goldstein;
      if (e.quadClass <= 2) edge.cooperation += 1;
      else edge.conflict += 1;
      edges.set(key, edge);
      for (const code of [source, target]) degree.set(code, (degree.get(code) ?? 0) + 1);
    }
    const nodes = [...degree.entries()].map(([id, events]) => ({ id, name: names.get(id) ?? id, events }));
    return c.json({ nodes, edges: [...edges.values()], scannedEvents: events.length });
  });
  return {
    router,
    specs: [{ method: 'get', path: '/network', tag: 'network', summary: 'Actor interaction graph', query: networkQuery, returns: '`{nodes, edges, scannedEvents}`' }],
  };
}
