import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument, ArticleMeta } from '../model/document.ts';
import { InputError, StorageError } from '../model/errors.ts';
import type { Analyzer } from '../pipeline/analyzer.ts';
import { BATCH_SIZE, documentIdFor } from '../pipeline/analyzer.ts';
import type { RawArticle } from '../ingest/raw-article.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import type { Store } from '../storage/store.ts';
import { createAnalyzePool } from './analyze-pool.ts';
import { ingestArticles } from './ingest-articles.ts';
import type { IngestHook } from './ingest-hooks.ts';

// A stand-in analyzer: the workflow is under test here, not the stages.
const analyzer: Analyzer = {
  stageNames: ['fake'],
  analyze(text: string, meta: ArticleMeta = {}): AnalyzedDocument {
    if (text.includes('BREAK')) throw new Error('stage blew up');
    if (!text.trim()) throw new InputError('The article text is empty.');
    return {
      id: documentIdFor(text, meta), text, meta, language: 'en', sentences: [], tokens: [], entities: [], actors: [],
      places: [], dates: [], quantities: [], claims: [], events: [], topics: [], diagnostics: [],
    };
  },
};

const item = (text: string, extra: Omit<RawArticle, 'text'> = {}): SourceItem => ({ label: text.slice(0, 12), article: { text, ...extra } });

describe('ingestArticles', () => {
  it('counts new, duplicate and failed items, and goes on after a failure', async () => {
    const store = new SqliteStore(':memory:');
    const items: SourceItem[] = [
      item('The dam at Orla was inspected.'),
      { label: 'feed item 2', error: new InputError('Feed item 2 has no text.') },
      item('  '),
      item('A BREAK in the analysis.'),
      item('The dam at Orla was inspected.'),
      item('Tamsin opened a school.'),
    ];
    const progress: number[] = [];
    const summary = await ingestArticles(items, { store, analyzer, hooks: [], onProgress: (s) => progress.push(s.read) });
    assert.equal(summary.read, 6);
    assert.equal(summary.new, 2);
    assert.equal(summary.duplicate, 1);
    assert.deepEqual(summary.failed.map((f) => f.reason), [
      'Feed item 2 has no text.',
      'The article text is empty.',
      'unexpected error in analysis: stage blew up',
    ]);
    assert.deepEqual(progress, [1, 2, 3, 4, 5, 6]);
    assert.equal(summary.ids.length, 3);
    await store.close();
  });

  it('analyses the articles a source already holds in batches, and never waits on a slow source to fill one', async () => {
    const sizes: number[] = [];
    const batching: Analyzer = { ...analyzer, analyzeBatch: (articles) => {
      sizes.push(articles.length);
      return articles.map(({ text, meta }) => analyzer.analyze(text, meta));
    } };
    const store = new SqliteStore(':memory:');
    const many = Array.from({ length: BATCH_SIZE + 8 }, (_, i) => item(`Ferry ${i} left the harbour at Orla.`));
    const summary = await ingestArticles(many, { store, analyzer: batching, hooks: [] });
    assert.equal(summary.new, BATCH_SIZE + 8);
    assert.deepEqual(sizes, [BATCH_SIZE, 8]);
    sizes.length = 0;
    const events: string[] = [];
    async function* slow(): AsyncGenerator<SourceItem> {
      for (const text of ['The quay at Orla reopened.', 'A second ferry sailed.']) {
        events.push(`read ${text.slice(0, 5)}`);
        yield item(text);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await ingestArticles(slow(), { store, analyzer: batching, hooks: [], onProgress: (_, label) => events.push(`stored ${label.slice(0, 5)}`) });
    assert.deepEqual(sizes, [1, 1]);
    assert.deepEqual(events, ['read The q', 'stored The q', 'read A sec', 'stored A sec']);
    await store.close();
  });

  it('keeps ingest diagnostics (an unreadable date) on the stored document', async () => {
    const store = new SqliteStore(':memory:');
    const diagnostic = { severity: 'warning', source: 'ingest', code: 'ingest/unknown-date', message: 'Could not read the date.' } as const;
    const summary = await ingestArticles([{ label: 'x', article: { text: 'Snow in Velm.', diagnostics: [diagnostic] } }], { store, analyzer, hooks: [] });
    const stored = await store.getDocument(summary.ids[0] ?? '');
    assert.deepEqual(stored?.diagnostics, [diagnostic]);
    await store.close();
  });

  it('runs the hooks around each store, letting beforeStore enrich the document', async () => {
    const store = new SqliteStore(':memory:');
    const calls: string[] = [];
    const hook: IngestHook = {
      name: 'tagger',
      beforeStore: (doc) => {
        calls.push(`before ${doc.meta.title ?? ''}`);
        return { ...doc, topics: [{ slug: 'general-news', score: 1, evidence: [] }] };
      },
      afterStore: (doc, result) => {
        calls.push(`after ${doc.meta.title ?? ''} ${result.inserted}`);
      },
    };
    await ingestArticles([item('Ferries resumed.', { title: 'A' }), item('Ferries resumed.', { title: 'A' })], { store, analyzer, hooks: [hook] });
    assert.deepEqual(calls, ['before A', 'after A true', 'before A', 'after A false']);
    assert.equal((await store.search({ topic: 'general-news' })).total, 1);
    await store.close();
  });

  it('gives the same summary and stored documents when analysis runs on a worker pool', async () => {
    const pool = createAnalyzePool({}, 2);
    const store = new SqliteStore(':memory:');
    try {
      const items = [item('Boats left Velm at dawn.', { title: 'a' }), { label: 'bad', error: new InputError('line 2: not valid JSON.') }, item('   '), item('Boats left Velm at dawn.', { title: 'a' }), item('Rain in Tesk.', { title: 'b' })];
      const summary = await ingestArticles(items, { store, pool, hooks: [] });
      assert.deepEqual([summary.read, summary.new, summary.duplicate], [5, 2, 1]);
      assert.deepEqual(summary.failed.map((f) => f.item), ['bad', '   ']);
      assert.equal((await store.getDocument(summary.ids[2] ?? ''))?.meta.title, 'b');
    } finally {
      await pool.close();
      await store.close();
    }
  });

  it('stops at a store failure instead of reporting articles it could not keep', async () => {
    const failing = { putDocument: async () => { throw new StorageError('disk full'); } } as unknown as Store;
    await assert.rejects(ingestArticles([item('One.')], { store: failing, analyzer, hooks: [] }), /disk full/);
  });
});
