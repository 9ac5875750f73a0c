import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';
import { ingestArticles } from '../../src/service/ingest-articles.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';

// The example article is read from ../shared at run time and never copied into the project.
const examplePath = join(import.meta.dirname, '../../../shared/examples/kim-shoigu-kursk.txt');
const published = '2025-06-18';

describe('example article: the foundation (segmentation, storage, search)', () => {
  it('segments the example into sentences and tokens whose spans point exactly into the original text', async (t) => {
    if (!existsSync(examplePath)) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const text = readFileSync(examplePath, 'utf8');
    const analyzer = await createAnalyzer();
    const doc = analyzer.analyze(text, { published });
    assert.equal(doc.text, text, 'the text is never changed');
    assert.equal(doc.language, 'en');
    assert.ok(doc.sentences.length >= 8, `expected several sentences, got ${doc.sentences.length}`);
    for (const token of doc.tokens) assert.equal(text.slice(token.span.start, token.span.end), token.text);
    let previousEnd = 0;
    for (const sentence of doc.sentences) {
      assert.ok(sentence.span.start >= previousEnd, 'sentences are ordered and do not overlap');
      assert.equal(sentence.span.start, doc.tokens[sentence.firstToken]?.span.start);
      assert.equal(sentence.span.end, doc.tokens[sentence.lastToken]?.span.end);
      previousEnd = sentence.span.end;
    }
    const covered = new Array<boolean>(text.length).fill(false);
    for (const token of doc.tokens) covered.fill(true, token.span.start, token.span.end);
    const lost = [...text].filter((char, i) => !covered[i] && /\S/.test(char));
    assert.deepEqual(lost, [], 'every visible character belongs to a token');
  });

  it('stores the analysed example once, returns it unchanged, and finds it by full-text search', async (t) => {
    if (!existsSync(examplePath)) return t.skip('../shared/examples/kim-shoigu-kursk.txt absent');
    const text = readFileSync(examplePath, 'utf8');
    const store = new SqliteStore(':memory:');
    try {
      const analyzer = await createAnalyzer();
      const item = { label: 'example', article: { text, published, source: 'example outlet' } };
      const first = await ingestArticles([item], { store, analyzer });
      assert.deepEqual([first.new, first.duplicate, first.failed.length], [1, 0, 0]);
      const again = await ingestArticles([item], { store, analyzer });
      assert.deepEqual([again.new, again.duplicate], [0, 1]);
      const id = first.ids[0] ?? '';
      assert.deepEqual(await store.getDocument(id), analyzer.analyze(text, { published, source: 'example outlet' }));
      const hits = await store.search({ text: 'Kursk', since: '2025-06-01' });
      assert.equal(hits.hits[0]?.id, id);
      assert.equal((await store.stats()).articles, 1);
    } finally {
      await store.close();
    }
  });
});
