import { Hono } from 'hono';
import { z } from 'zod';
import { articleTextSchema, toArticleMeta } from '../article-input.ts';
import type { AppDeps } from '../app-deps.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readJsonBody } from '../validate-input.ts';

const analyzeBody = articleTextSchema.extend({ store: z.boolean().default(false) });

/** Analyses pasted text and returns the AnalyzedDocument; with `store: true` it is also kept. */
export function analyzeRoutes({ store, analyzer }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.post('/analyze', async (c) => {
    const body = await readJsonBody(c, analyzeBody);
    const document = analyzer.analyze(body.text, toArticleMeta(body));
    const stored = body.store ? await store.putDocument(document) : undefined;
    return c.json(stored ? { document, stored } : { document });
  });
  return {
    router,
    specs: [{ method: 'post', path: '/analyze', tag: 'analyze', summary: 'Analyse one article (optionally store it)', body: analyzeBody, returns: '`{document: AnalyzedDocument, stored?: PutResult}`' }],
  };
}
