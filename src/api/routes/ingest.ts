import { Hono } from 'hono';
import { z } from 'zod';
import { detectFormat } from '../../ingest/detect-format.ts';
import { itemsFromContent } from '../../ingest/items-from-content.ts';
import type { SourceItem } from '../../ingest/source-item.ts';
import { ingestArticles } from '../../service/ingest-articles.ts';
import { articleTextSchema, toArticleMeta } from '../article-input.ts';
import type { AppDeps } from '../app-deps.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readJsonBody } from '../validate-input.ts';

const ingestBody = z.object({ articles: z.array(articleTextSchema).min(1, 'expected at least one article').max(500) });
const contentBody = z.object({
  name: z.string().max(300).default('upload'),
  content: z.string().min(1, 'expected the file content').max(10_000_000),
});
const urlBody = z.object({ url: z.url({ protocol: /^https?$/ }).max(2000) });

/** Runs the shared ingest workflow (analysis, corpus hooks, store) that the CLI and workers use too. */
export function ingest(deps: AppDeps, source: string | Iterable<SourceItem>) {
  return ingestArticles(source, { store: deps.store, analyzer: deps.analyzer, ...(deps.hooks ? { hooks: deps.hooks } : {}) });
}

/** Stores articles from pasted text, an uploaded file or feed, or a URL (fetched with the private-address guard). */
export function ingestRoutes(deps: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.post('/ingest', async (c) => {
    const { articles } = await readJsonBody(c, ingestBody);
    const items = articles.map((a, i) => ({ label: `article ${i + 1}`, article: { text: a.text, ...toArticleMeta(a) } }));
    return c.json(await ingest(deps, items));
  });
  router.post('/ingest/content', async (c) => {
    const { name, content } = await readJsonBody(c, contentBody);
    const items = itemsFromContent(content, detectFormat(content, name), `\`${name}\``);
    return c.json(await ingest(deps, items));
  });
  router.post('/ingest/url', async (c) => {
    const { url } = await readJsonBody(c, urlBody);
    return c.json(await ingest(deps, url));
  });
  return {
    router,
    specs: [
      { method: 'post', path: '/ingest', tag: 'ingest', summary: 'Analyse and store a batch of articles', body: ingestBody, returns: '`{read, new, duplicate, failed: {item, reason}[], ids}`' },
      { method: 'post', path: '/ingest/content', tag: 'ingest', summary: 'Analyse and store a feed, page, text or JSONL file', body: contentBody, returns: '`{read, new, duplicate, failed: {item, reason}[], ids}`' },
      { method: 'post', path: '/ingest/url', tag: 'ingest', summary: 'Fetch a page or feed (public addresses only) and store it', body: urlBody, returns: '`{read, new, duplicate, failed: {item, reason}[], ids}`' },
    ],
  };
}
