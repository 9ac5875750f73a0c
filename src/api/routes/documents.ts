import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../../model/errors.ts';
import type { AppDeps } from '../app-deps.ts';
import { findDocumentRelations } from '../document-relations.ts';
import { limitField, offsetField } from '../query-schemas.ts';
import type { ResourceRoutes } from '../resource-routes.ts';
import { readQuery } from '../validate-input.ts';

const listQuery = z.object({ limit: limitField(200, 20), offset: offsetField });

/** Stored articles: newest first, one whole AnalyzedDocument by id, and its story and copies. */
export function documentRoutes({ store }: AppDeps): ResourceRoutes {
  const router = new Hono();
  router.get('/documents', async (c) => {
    const { limit, offset } = readQuery(c, listQuery);
    const result = await store.search({ limit, offset });
    return c.json({ total: result.total, items: result.hits });
  });
  router.get('/documents/:id', async (c) => {
    const id = c.req.param('id');
    const doc = await store.getDocument(id);
    if (!doc) throw new NotFoundError(`No document with id \`${id}\`.`);
    return c.json(doc);
  });
  router.get('/documents/:id/relations', async (c) => {
    const id = c.req.param('id');
    if (!(await store.hasDocument(id))) throw new NotFoundError(`No document with id \`${id}\`.`);
    return c.json(await findDocumentRelations(store, id));
  });
  return {
    router,
    specs: [
      { method: 'get', path: '/documents', tag: 'documents', summary: 'List stored articles, newest first', query: listQuery, returns: '`{total, items: SearchHit[]}`' },
      { method: 'get', path: '/documents/{id}', tag: 'documents', summary: 'One analysed article', returns: 'The full AnalyzedDocument' },
      { method: 'get', path: '/documents/{id}/relations', tag: 'documents', summary: "An article's story and its copies or original", returns: '`{storyId?, duplicates}`' },
    ],
  };
}
