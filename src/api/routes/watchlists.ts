import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { matchWatch } from '../../corpus/match-watch.ts';
import { InputError, NotFoundError } from '../../model/errors.ts';
import type { Watch, WatchQuery } from '../../model/watch.ts';
import type { AppDeps } from '../app-deps.ts';
import { limitField } from '../query-schemas.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readJsonBody, readQuery } from '../validate-input.ts';

const terms = z.array(z.string().trim().min(1).max(100)).max(50).optional();
const watchBody = z.object({
  name: z.string().trim().min(1, 'expected a name').max(100),
  text: z.string().trim().max(500).optional(),
  actors: terms, codes: terms, places: terms, topics: terms,
});
const matchesQuery = z.object({ limit: limitField(1000, 200) });

/** Watchlists: saved queries checked on every ingest; created here, their matches found over recent articles. */
export function watchlistRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  const findWatch = async (key: string): Promise<Watch> => {
    const watch = (await store.corpus.listWatches()).find((w) => w.id === key || w.name === key);
    if (!watch) throw new NotFoundError(`No watchlist \`${key}\`.`);
    return watch;
  };
  router.get('/watchlists', async (c) => c.json({ items: await store.corpus.listWatches() }));
  router.post('/watchlists', async (c) => {
    const body = await readJsonBody(c, watchBody);
    const query = toWatchQuery(body);
    const corpus = store.corpus;
    if ((await corpus.listWatches()).some((w) => w.name === body.name)) {
      throw new InputError(`A watchlist named \`${body.name}\` already exists.`, 'Pick another name or delete the old one.');
    }
    // Matches of API-made watchlists go to the server's stdout; webhooks are configured from the CLI.
    const watch: Watch = { id: randomUUID().slice(0, 8), name: body.name, query, output: { kind: 'stdout' }, createdAt: new Date().toISOString() };
    await corpus.putWatch(watch);
    return c.json(watch, 201);
  });
  router.delete('/watchlists/:id', async (c) => {
    if (!(await store.corpus.removeWatch(c.req.param('id')))) throw new NotFoundError(`No watchlist \`${c.req.param('id')}\`.`);
    return c.json({ removed: true });
  });
  router.get('/watchlists/:id/matches', async (c) => {
    const watch = await findWatch(c.req.param('id'));
    const { limit } = readQuery(c, matchesQuery);
    const recent = await store.search({ limit });
    const matches = [];
    for (const hit of recent.hits) {
      const doc = await store.getDocument(hit.id);
      const match = doc && matchWatch(watch, doc);
      if (match) matches.push(match);
    }
    return c.json({ watch, scanned: recent.hits.length, items: matches });
  });
  return {
    router,
    specs: [
      { method: 'get', path: '/watchlists', tag: 'watchlists', summary: 'List watchlists', returns: '`{items: Watch[]}`' },
      { method: 'post', path: '/watchlists', tag: 'watchlists', summary: 'Create a watchlist', body: watchBody, returns: 'Watch' },
      { method: 'delete', path: '/watchlists/{id}', tag: 'watchlists', summary: 'Delete a watchlist by id or name', returns: '`{removed: true}`' },
      { method: 'get', path: '/watchlists/{id}/matches', tag: 'watchlists', summary: 'Recent articles matching a watchlist', query: matchesQuery, returns: '`{watch, scanned, items: WatchMatch[]}`' },
    ],
  };
}

function toWatchQuery(body: z.output<typeof watchBody>): WatchQuery {
  const query: WatchQuery = {
    ...(body.actors?.length ? { actors: body.actors } : {}),
    ...(body.codes?.length ? { eventCodes: body.codes } : {}),
    ...(body.places?.length ? { places: body.places } : {}),
    ...(body.topics?.length ? { topics: body.topics } : {}),
    ...(body.text ? { text: body.text } : {}),
  };
  if (Object.keys(query).length === 0) {
    throw new InputError('A watchlist needs at least one of text, actors, codes, places or topics.', 'Example: {"name":"ports","text":"port strike"}');
  }
  return query;
}
