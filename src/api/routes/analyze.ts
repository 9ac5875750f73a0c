import { Hono } from 'hono';
import { z } from 'zod';
import { InputError } from '../../model/errors.ts';
import { articleTextSchema, toArticleMeta } from '../article-input.ts';
import type { AppDeps } from '../app-deps.ts';
import { ingest } from './ingest.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readJsonBody } from '../validate-input.ts';

const analyzeBody = articleTextSchema.extend({ store: z.boolean().default(false) });

/** Analyses pasted text and returns the AnalyzedDocument; with `store: true` it is also kept. */
export function analyzeRoutes(deps: AppDeps): ResourceRoutes {
  const { analyzer } = deps;
  const router = new Hono();
  router.post('/analyze', async (c) => {
    const body = await readJsonBody(c, analyzeBody);
    const article = { text: body.text, ...toArticleMeta(body) };
    if (!body.store) return c.json({ document: analyzer.analyze(article.text, toArticleMeta(body)) });
    const summary = await ingest(deps, [{ label: 'pasted article', article }]);
    const failure = summary.failed[0];
    if (failure) throw new InputError(`The article could not be analysed: ${failure.reason}`);
    const id = summary.ids[0] ?? '';
    return c.json({ document: await deps.store.getDocument(id), stored: { id, inserted: summary.new === 1 } });
  });
  return {
    router,
    specs: [{ method: 'post', path: '/analyze', tag: 'analyze', summary: 'Analyse one article (optionally store it)', body: analyzeBody, returns: '`{document: AnalyzedDocument, stored?: PutResult}`' }],
  };
}
