import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.ts';
import type { Analyzer } from '../../src/pipeline/analyzer.ts';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';
import { segment } from '../../src/pipeline/segment/segment.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { openStore } from '../../src/storage/open-store.ts';
import type { Store } from '../../src/storage/store.ts';
import { ingestArticles } from '../../src/service/ingest-articles.ts';
import { fixtureItems, withFixtureAnnotations } from './fixture-documents.ts';

export interface ApiHarness {
  readonly app: Hono;
  readonly store: Store;
  readonly analyzer: Analyzer;
  readonly logged: string[];
  getJson(path: string): Promise<{ status: number; body: Record<string, unknown> }>;
  postJson(path: string, payload: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
}

let sharedAnalyzer: Promise<Analyzer> | undefined;

/**
 * An app over a fresh in-memory SQLite store filled with the hand-annotated test articles.
 * The analyzer runs segmentation only, so these tests pin the API and not the other stages' current output.
 */
export async function createApiHarness(): Promise<ApiHarness> {
  const analyzer = withFixtureAnnotations(await (sharedAnalyzer ??= createAnalyzer({}, [segment as Stage<unknown>])));
  const store = await openStore(':memory:');
  await ingestArticles(fixtureItems(), { store, analyzer });
  const logged: string[] = [];
  const app = createApp({ store, analyzer, log: (line) => logged.push(line) });
  const toJson = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> });
  return {
    app, store, analyzer, logged,
    getJson: async (path) => toJson(await app.request(path)),
    postJson: async (path, payload) =>
      toJson(await app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) })),
  };
}
