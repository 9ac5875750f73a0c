import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusStream } from '../../test/corpus/corpus-stream.ts';
import type { CorpusArticle } from './corpus-article.ts';
import { decodeCorpusSnapshot, encodeCorpusSnapshot, type CorpusIndexes } from './corpus-snapshot.ts';
import { DuplicateIndex } from './duplicate-index.ts';
import { StoryClusterer } from './story-clusterer.ts';

/** What ingest decides for one article, as stored. */
function decide(indexes: CorpusIndexes, article: CorpusArticle): unknown {
  const duplicate = indexes.duplicates.add(article);
  const assignment = indexes.clusterer.add(article, duplicate?.originalId);
  return { duplicate, assignment };
}

describe('corpus snapshot', () => {
  const stream = corpusStream(700).map((s) => s.article);

  it('restores indexes that decide every later article exactly as the indexes that were saved, saved again and again', () => {
    const reference: CorpusIndexes = { duplicates: new DuplicateIndex(), clusterer: new StoryClusterer() };
    const expected = stream.map((article) => decide(reference, article));
    let indexes: CorpusIndexes = { duplicates: new DuplicateIndex(), clusterer: new StoryClusterer() };
    const actual: unknown[] = [];
    for (const [i, article] of stream.entries()) {
      if (i % 150 === 149) indexes = decodeCorpusSnapshot(encodeCorpusSnapshot(indexes)) ?? assert.fail('snapshot not read back');
      actual.push(decide(indexes, article));
    }
    assert.deepEqual(actual, expected);
    const kinds = new Set(expected.map((d) => (d as { duplicate?: { kind: string } }).duplicate?.kind));
    assert.deepEqual([...kinds].sort(), ['derivative', 'exact', 'near', undefined].sort(), 'the stream exercises every kind of link');
    assert.ok(new Set(expected.map((d) => (d as { assignment: { storyId: string } }).assignment.storyId)).size > 50);
  });

  it('is ignored when written under other clustering settings', () => {
    const indexes = { duplicates: new DuplicateIndex(), clusterer: new StoryClusterer() };
    for (const article of stream.slice(0, 20)) decide(indexes, article);
    const bytes = encodeCorpusSnapshot(indexes);
    const other = () => ({ duplicates: new DuplicateIndex(), clusterer: new StoryClusterer({ ...indexes.clusterer.options, threshold: 0.5 }) });
    assert.equal(decodeCorpusSnapshot(bytes, other), undefined);
    assert.ok(decodeCorpusSnapshot(bytes));
  });
});
