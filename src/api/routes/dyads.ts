import { Hono } from 'hono';
import { z } from 'zod';
import { dyadCurve } from '../../service/dyad-curve.ts';
import type { AppDeps } from '../app-deps.ts';
import { isoDateField } from '../query-schemas.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readQuery } from '../validate-input.ts';

const actorCode = z.string().regex(/^[A-Za-z]{3,12}$/, 'expected a CAMEO actor code or prefix such as PRK or RUSGOV');
const dyadQuery = z.object({ a: actorCode, b: actorCode, since: isoDateField, directed: z.enum(['true', 'false']).optional() });

/** The relation between two actors over time: events per day by QuadClass, Goldstein sum and tone, copies skipped. */
export function dyadRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.get('/dyads', async (c) => {
    const { a, b, since, directed } = readQuery(c, dyadQuery);
    const days = await dyadCurve(store, a, b, { ...(since ? { since } : {}), directed: directed === 'true' });
    return c.json({ a: a.toUpperCase(), b: b.toUpperCase(), days });
  });
  return {
    router,
    specs: [{ method: 'get', path: '/dyads', tag: 'dyads', summary: 'Daily curve of one actor pair', query: dyadQuery, returns: '`{a, b, days: DyadDay[]}`' }],
  };
}
