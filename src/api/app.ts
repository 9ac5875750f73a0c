import { Hono } from 'hono';
import type { AppDeps } from './app-deps.ts';
import { createErrorHandler } from './error-handler.ts';
import { apiGuards } from './middleware/api-guards.ts';
import { buildOpenApi } from './openapi.ts';
import type { ResourceRoutes } from './resource-routes.ts';
import { actorRoutes } from './routes/actors.ts';
import { analyzeRoutes } from './routes/analyze.ts';
import { dyadRoutes } from './routes/dyads.ts';
import { documentRoutes } from './routes/documents.ts';
import { eventRoutes } from './routes/events.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { mapRoutes } from './routes/map.ts';
import { networkRoutes } from './routes/network.ts';
import { searchRoutes } from './routes/search.ts';
import { statsRoutes } from './routes/stats.ts';
import { storyRoutes } from './routes/stories.ts';
import { watchlistRoutes } from './routes/watchlists.ts';
import { securityHeaders } from './security-headers.ts';
import { defaultWebRoot, mountWebAssets } from './web-assets.ts';

const RESOURCES: readonly ((deps: AppDeps) => ResourceRoutes)[] = [
  documentRoutes, searchRoutes, actorRoutes, eventRoutes, statsRoutes, analyzeRoutes, ingestRoutes, mapRoutes, networkRoutes,
  storyRoutes, dyadRoutes, watchlistRoutes,
];

/** Builds the HTTP app (API under `/api`, web UI at `/`); no port, so tests drive it through `app.request()`. */
export function createApp(deps: AppDeps): Hono {
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app = new Hono();
  app.onError(createErrorHandler(log));
  app.use('*', securityHeaders());
  for (const guard of apiGuards({ host: deps.host ?? '127.0.0.1', ...deps.guards })) app.use('/api/*', guard);
  const resources = RESOURCES.map((build) => build(deps));
  const openApi = buildOpenApi(resources.flatMap((r) => r.specs));
  app.get('/api/health', (c) => c.json({ ok: true, store: deps.store.kind, stages: deps.analyzer.stageNames }));
  app.get('/api/openapi.json', (c) => c.json(openApi));
  for (const resource of resources) app.route('/api', resource.router);
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `No API route for ${c.req.method} ${c.req.path}` } }, 404));
  mountWebAssets(app, deps.webRoot ?? defaultWebRoot());
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` } }, 404));
  return app;
}
