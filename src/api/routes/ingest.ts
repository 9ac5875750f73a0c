import { Hono } from 'hono';
import { z } from 'zod';
import { InputError } from '../../model/errors.ts';
import { articleTextSchema, toArticleMeta } from '../article-input.ts';
import type { AppDeps } from '../app-deps.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readJsonBody } from '../validate-input.ts';

const ingestBody = z.object({ articles: z.array(articleTextSchema).min(1, 'expected at least one article').max(500) });

interface IngestResult {
  readonly index: number;
  readonly status: 'new' | 'duplicate' | 'failed';
  readonly id?: string;
  readonly title?: string | null;
  readonly events?: number;
  readonly reason?: string;
}

/** Analyses and stores a batch of articles; a failing article is reported with its reason, the rest still land. */
export function ingestRoutes({ store, analyzer }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.post('/ingest', async (c) => {
    const { articles } = await readJsonBody(c, ingestBody);
    const results: IngestResult[] = [];
    for (const [index, article] of articles.entries()) {
      try {
        const doc = analyzer.analyze(article.text, toArticleMeta(article));
        const put = await store.putDocument(doc);
        results.push({ index, id: put.id, status: put.inserted ? 'new' : 'duplicate', title: doc.meta.title ?? null, events: doc.events.length });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        results.push({ index, status: 'failed', reason: err.message });
      }
    }
    const count = (status: string) => results.filter((r) => r.status === status).length;
    return c.json({ read: articles.length, new: count('new'), duplicate: count('duplicate'), failed: count('failed'), results });
  });
  return {
    router,
    specs: [{ method: 'post', path: '/ingest', tag: 'ingest', summary: 'Analyse and store a batch of articles', body: ingestBody, returns: '`{read, new, duplicate, failed, results}`' }],
  };
}
