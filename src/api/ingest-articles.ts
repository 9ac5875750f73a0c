import type { RawArticle } from '../ingest/raw-article.ts';
import { articleMetaOf } from '../ingest/raw-article.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import { InputError } from '../model/errors.ts';
import type { AppDeps } from './app-deps.ts';

/** How one item of an ingest request went. */
export interface IngestResult {
  readonly index: number;
  readonly status: 'new' | 'duplicate' | 'failed';
  readonly id?: string;
  readonly title?: string | null;
  readonly events?: number;
  readonly reason?: string;
}

/** The answer of every ingest endpoint: read / new / duplicate / failed, and each item's outcome. */
export interface IngestSummary {
  readonly read: number;
  readonly new: number;
  readonly duplicate: number;
  readonly failed: number;
  readonly results: readonly IngestResult[];
}

/** Analyses and stores items one by one; a bad item is reported with its reason and the rest still land. */
export async function ingestItems({ store, analyzer }: Pick<AppDeps, 'store' | 'analyzer'>, items: Iterable<SourceItem> | AsyncIterable<SourceItem>): Promise<IngestSummary> {
  const results: IngestResult[] = [];
  let index = 0;
  for await (const item of items) {
    const at = index++;
    if ('error' in item) {
      results.push({ index: at, status: 'failed', reason: item.error.message });
      continue;
    }
    try {
      const doc = analyzeRaw(analyzer, item.article);
      const put = await store.putDocument(doc);
      results.push({ index: at, id: put.id, status: put.inserted ? 'new' : 'duplicate', title: doc.meta.title ?? null, events: doc.events.length });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      results.push({ index: at, status: 'failed', reason: err.message });
    }
  }
  const count = (status: IngestResult['status']) => results.filter((r) => r.status === status).length;
  return { read: results.length, new: count('new'), duplicate: count('duplicate'), failed: count('failed'), results };
}

function analyzeRaw(analyzer: AppDeps['analyzer'], article: RawArticle) {
  const doc = analyzer.analyze(article.text, articleMetaOf(article));
  return article.diagnostics?.length ? { ...doc, diagnostics: [...article.diagnostics, ...doc.diagnostics] } : doc;
}
