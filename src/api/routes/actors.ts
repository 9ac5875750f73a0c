import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../../model/errors.ts';
import { dyadCurve } from '../../service/dyad-curve.ts';
import { loadActorProfile } from '../actor-profile.ts';
import type { AppDeps } from '../app-deps.ts';
import { limitField } from '../query-schemas.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readQuery } from '../validate-input.ts';

const listQuery = z.object({ q: z.string().max(200).optional(), limit: limitField(500, 50) });
const dyadQuery = z.object({ with: z.string().min(1).max(200) });

/** Actors across the store: list, one actor's profile, and its dyad curve with a counterpart. */
export function actorRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  const findActor = async (key: string) => {
    const candidates = await store.listActors({ text: key, limit: 50 });
    const actor = candidates.find((a) => a.key === key || a.code === key || a.name === key);
    if (!actor) throw new NotFoundError(`No actor \`${key}\` in the store.`);
    return actor;
  };
  router.get('/actors', async (c) => {
    const { q, limit } = readQuery(c, listQuery);
    return c.json({ items: await store.listActors(q ? { text: q, limit } : { limit }) });
  });
  router.get('/actors/:key', async (c) => c.json(await loadActorProfile(store, await findActor(c.req.param('key')))));
  router.get('/actors/:key/dyad', async (c) => {
    const actor = await findActor(c.req.param('key'));
    const other = readQuery(c, dyadQuery).with;
    const self = actor.code ?? actor.name;
    return c.json({ a: self, b: other, days: await dyadCurve(store, self, other) });
  });
  return {
    router,
    specs: [
      { method: 'get', path: '/actors', tag: 'actors', summary: 'List actors by number of events', query: listQuery, returns: '`{items: ActorSummary[]}`' },
      { method: 'get', path: '/actors/{key}', tag: 'actors', summary: 'One actor: aliases, roles, events, counterparts', returns: 'ActorProfile' },
      { method: 'get', path: '/actors/{key}/dyad', tag: 'actors', summary: 'Events per day by QuadClass with a counterpart', query: dyadQuery, returns: '`{a, b, days: DyadDay[]}`' },
    ],
  };
}
