import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDocument } from '../../test/corpus/make-document.ts';
import { corpusArticleFromDocument, type CorpusArticle } from './corpus-article.ts';
import { DuplicateIndex } from './duplicate-index.ts';

const wire =
  'Flood waters rose across the Velka valley on Friday after three days of rain, forcing about 2,400 residents of ' +
  'Dorn and Hallin to leave their homes. The river authority said the levee north of Dorn held overnight, but ' +
  'engineers warned that the pumping station at Hallin could fail if the rain continued into the weekend. Schools ' +
  'in both towns stayed closed and the regional council opened two shelters in the sports hall at Brenmark.';
const unrelated =
  'The city orchestra of Lunholm announced its new season on Tuesday with a cycle of symphonies by composers from ' +
  'the northern coast, a festival of chamber music in the old customs house, and free concerts for pupils in ' +
  'March. The conductor said ticket prices would stay the same as last year despite higher costs for the hall.';

const article = (id: string, text: string, facts: string[] = []): CorpusArticle => ({
  ...corpusArticleFromDocument(makeDocument(id, text)),
  facts,
});

test('links a copy that differs only in case, quotes and spacing as an exact duplicate', () => {
  const index = new DuplicateIndex();
  assert.equal(index.add(article('a', wire)), undefined);
  const link = index.add(article('b', `  ${wire.toUpperCase().replace(/,/g, ' ,')}  `));
  assert.deepEqual(link, { documentId: 'b', originalId: 'a', kind: 'exact', similarity: 1 });
});

test('links a lightly edited copy as a near duplicate of the original', () => {
  const index = new DuplicateIndex();
  index.add(article('a', wire));
  index.add(article('x', unrelated));
  const edited = wire.replace('on Friday', 'on Friday morning').replace('two shelters', 'three shelters');
  const link = index.add(article('b', edited));
  assert.equal(link?.kind, 'near');
  assert.equal(link?.originalId, 'a');
  assert.ok((link?.similarity ?? 0) > 0.6);
});

test('does not link an unrelated article', () => {
  const index = new DuplicateIndex();
  index.add(article('a', wire));
  assert.equal(index.add(article('b', unrelated)), undefined);
});

test('links a rewrite with few shared words but the same figures, date and cast as derivative', () => {
  const index = new DuplicateIndex();
  const facts = ['actor:river authority', 'date:2025-03-14', 'quantity:2400', 'event:07:-:-', 'speaker:river authority', 'quantity:2'];
  index.add(article('wire', wire, [...facts, 'event:0233:DEU:-']));
  const chatty =
    'So the Velka decided it had had enough of its banks. Roughly 2,400 people packed a bag and left, and the folks ' +
    'in charge of the river reckon the dyke will probably hold. Fingers crossed for the pumps down the road.';
  const link = index.add(article('retelling', chatty, [...facts, 'event:0233:DEU:-']));
  assert.equal(link?.kind, 'derivative');
  assert.equal(link?.originalId, 'wire');
});

test('does not call a follow-up a rewrite when it shares background figures but not the day', () => {
  const index = new DuplicateIndex();
  index.add(article('first', wire, ['actor:council', 'quantity:2400', 'quantity:35000', 'quantity:120', 'speaker:council', 'date:2025-03-14']));
  const later = article('later', unrelated, ['actor:council', 'quantity:2400', 'quantity:35000', 'quantity:120', 'speaker:council', 'date:2025-04-02']);
  assert.equal(index.add(later), undefined);
});

const firstEdition =
  'Workers at the Brask shipyard walked out on Monday after talks over pay broke down late on Sunday night. The ' +
  'union said about 1,200 members had joined the strike and that picket lines would stay at both gates until the ' +
  'owners made a new offer. Managers said two hulls due for delivery in April could now be late.';
const revised =
  'Workers at the Brask shipyard walked out on Monday after talks over pay broke down late on Sunday night. The ' +
  'owners said on Tuesday they were ready to return to the table if the union first called off the pickets, a ' +
  'condition union leaders rejected within the hour. Managers said two hulls due for delivery in April could now ' +
  'be late, and the regional minister offered to chair a meeting on Thursday.';
const titled = (id: string, title: string, text: string): CorpusArticle => ({ ...corpusArticleFromDocument({ ...makeDocument(id, text), meta: { title } }), facts: [] });

test('links an updated re-publication under the same headline even when much of the body was rewritten', () => {
  const index = new DuplicateIndex();
  index.add(titled('a', 'Shipyard strike halts work at Brask', firstEdition));
  const link = index.add(titled('b', 'Shipyard strike halts work at Brask', revised));
  assert.equal(link?.kind, 'near');
  assert.equal(link?.originalId, 'a');
});

test('does not link the same partly shared body under a different headline', () => {
  const index = new DuplicateIndex();
  index.add(titled('a', 'Shipyard strike halts work at Brask', firstEdition));
  assert.equal(index.add(titled('b', 'Brask owners set terms for new pay talks', revised)), undefined);
});
