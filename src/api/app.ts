import { Hono } from 'hono';
import type { AppDeps } from './app-deps.ts';
import { createErrorHandler } from './error-handler.ts';

/** Builds the HTTP app (API under `/api`, web UI at `/`); no port, so tests drive it through `app.request()`. */
export function createApp(deps: AppDeps): Hono {
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app = new Hono();
  app.onError(createErrorHandler(log));
  app.get('/api/health', (c) => c.json({ ok: true, store: deps.store.kind, stages: deps.analyzer.stageNames }));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` } }, 404));
  return app;
}
