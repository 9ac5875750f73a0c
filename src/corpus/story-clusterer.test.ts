import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDocument } from '../../test/corpus/make-document.ts';
import { clusterCorpus } from './cluster-corpus.ts';
import { corpusArticleFromDocument } from './corpus-article.ts';
import { StoryClusterer } from './story-clusterer.ts';

const report = (id: string, text: string, published: string) =>
  corpusArticleFromDocument({ ...makeDocument(id, text), meta: { published } });

const quakeA1 = report('a1', 'A strong earthquake shook Tarvik province on Monday, collapsing houses in the village of Ossel and killing nine people, the Tarvik governor Mira Hals said.', '2025-02-03');
const quakeA2 = report('a2', 'Rescuers in Ossel searched collapsed houses after the Tarvik earthquake; governor Mira Hals said nine people were killed in the province.', '2025-02-04');
const quakeB1 = report('b1', 'An earthquake struck the island of Benmora on Saturday, damaging the port of Kell and injuring dozens, said the Benmora coast guard chief Ivo Sand.', '2025-05-17');
const quakeB2 = report('b2', 'Benmora coast guard chief Ivo Sand said the earthquake damaged the Kell port and injured dozens of people on the island.', '2025-05-17');

test('puts two reports of one earthquake in one story and a different earthquake in another', () => {
  const clusterer = new StoryClusterer();
  const stories = [quakeA1, quakeA2, quakeB1, quakeB2].map((article) => clusterer.add(article).storyId);
  assert.equal(stories[0], stories[1]);
  assert.equal(stories[2], stories[3]);
  assert.notEqual(stories[0], stories[2]);
});

test('explains a merge with the terms the article shares with the story', () => {
  const clusterer = new StoryClusterer();
  clusterer.add(quakeA1);
  const joined = clusterer.add(quakeA2);
  assert.equal(joined.isNewStory, false);
  assert.ok(joined.sharedTerms.includes('ossel') || joined.sharedTerms.includes('tarvik'), joined.sharedTerms.join(','));
});

test('keeps a copy in the story of the article it copies', () => {
  const clusterer = new StoryClusterer();
  const first = clusterer.add(quakeA1);
  const copy = clusterer.add({ ...quakeB1, id: 'copy' }, 'a1');
  assert.equal(copy.storyId, first.storyId);
  assert.equal(copy.duplicateOf, 'a1');
});

test('does not join an article to a similar story months away', () => {
  const clusterer = new StoryClusterer();
  const first = clusterer.add(quakeA1);
  const later = clusterer.add({ ...quakeA2, id: 'later', published: Date.parse('2025-09-01') });
  assert.notEqual(later.storyId, first.storyId);
});

test('re-clusters a corpus in arrival order into the same stories', () => {
  const result = clusterCorpus([quakeB2, quakeA2, quakeB1, quakeA1]);
  assert.equal(result.stories.length, 2);
  assert.equal(result.storyOf.get('a1'), result.storyOf.get('a2'));
  assert.equal(result.stories[0]?.documentIds[0], 'a1');
});
