import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '../model/actor.ts';
import type { AnalyzedDocument, ArticleMeta } from '../model/document.ts';
import type { Event } from '../model/event.ts';
import type { Token } from '../model/token.ts';
import { MIN_TOPIC_SCORE, type Store } from './store.ts';

/** The behaviour every Store implementation must show; run it once per implementation with a fresh, empty store. */
export function describeStore(name: string, open: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.close();
    });

    it('returns a stored document exactly as it was put, tokens included', async () => {
      const doc = makeDocument('round-trip', 'Envoys from Norland met in Castra on Monday.', { title: 'Envoys meet' });
      assert.deepEqual(await store.putDocument(doc), { id: doc.id, inserted: true });
      assert.deepEqual(await store.getDocument(doc.id), doc);
      assert.equal(await store.hasDocument(doc.id), true);
    });

    it('answers undefined and false for a document it does not hold', async () => {
      assert.equal(await store.getDocument('no-such-id'), undefined);
      assert.equal(await store.hasDocument('no-such-id'), false);
    });

    it('does not store the same document twice, by id, by url, or by guid within a source', async () => {
      const doc = makeDocument('dup-a', 'Harbour workers in Velm ended their strike.', { url: 'https://example.test/velm', guid: 'g-1', source: 'Wire' });
      await store.putDocument(doc);
      assert.deepEqual(await store.putDocument(doc), { id: doc.id, inserted: false });
      const sameUrl = makeDocument('dup-b', 'Harbour workers in Velm ended their strike, officials said.', { url: 'https://example.test/velm' });
      assert.deepEqual(await store.putDocument(sameUrl), { id: doc.id, inserted: false });
      const sameGuid = makeDocument('dup-c', 'Velm strike over.', { guid: 'g-1', source: 'Wire' });
      assert.deepEqual(await store.putDocument(sameGuid), { id: doc.id, inserted: false });
      const otherSource = makeDocument('dup-d', 'Velm strike over, says the port.', { guid: 'g-1', source: 'Port Gazette' });
      assert.equal((await store.putDocument(otherSource)).inserted, true);
    });

    it('finds documents by words in the text with a marked snippet, and ranks title matches', async () => {
      await store.putDocument(makeDocument('fts-1', 'The copper mine near Ardel reopened after flooding.', { title: 'Mine reopens', published: '2025-03-02', source: 'Wire' }));
      const result = await store.search({ text: 'copper mine' });
      assert.equal(result.total, 1);
      assert.equal(result.hits[0]?.id, 'fts-1');
      assert.match(result.hits[0]?.snippet ?? '', /\[copper\]/i);
      assert.equal(result.hits[0]?.published, '2025-03-02');
    });

    it('treats search syntax in user text as plain words instead of failing', async () => {
      for (const text of ['"unclosed', 'C++ AND (', 'NEAR(', '*', '-']) {
        const result = await store.search({ text });
        assert.ok(result.total >= 0, text);
      }
    });

    it('filters search by publication dates, source, actor and topic', async () => {
      const actors = [makeActor('a1', 'Mira Tolan', 'person', 'NRLGOV')];
      await store.putDocument(makeDocument('flt-1', 'Grain prices rose in Tesk.', { published: '2025-05-01', source: 'Ledger' }, { actors, topics: ['business'] }));
      await store.putDocument(makeDocument('flt-2', 'Grain prices fell in Tesk.', { published: '2025-05-20T08:00:00Z', source: 'Courier' }));
      const ids = async (query: Parameters<Store['search']>[0]) => (await store.search({ text: 'grain', ...query })).hits.map((h) => h.id).sort();
      assert.deepEqual(await ids({}), ['flt-1', 'flt-2']);
      assert.deepEqual(await ids({ since: '2025-05-10' }), ['flt-2']);
      assert.deepEqual(await ids({ until: '2025-05-20' }), ['flt-1', 'flt-2']);
      assert.deepEqual(await ids({ until: '2025-05-19' }), ['flt-1']);
      assert.deepEqual(await ids({ source: 'courier' }), ['flt-2']);
      assert.deepEqual(await ids({ actor: 'mira tolan' }), ['flt-1']);
      assert.deepEqual(await ids({ actor: 'NRLGOV' }), ['flt-1']);
      assert.deepEqual(await ids({ topic: 'business' }), ['flt-1']);
      assert.deepEqual(await ids({ topic: 'sport' }), []);
    });

    it('does not match a topic filter on a topic scored below MIN_TOPIC_SCORE', async () => {
      const doc = makeDocument('faint-topic', 'Ferry timetables changed in Orla.', {});
      await store.putDocument({ ...doc, topics: [{ slug: 'travel', score: MIN_TOPIC_SCORE / 2, evidence: [] }] });
      assert.equal((await store.search({ text: 'ferry timetables', topic: 'travel' })).total, 0);
    });

    it('lists the newest documents when the query has no text, honouring limit and offset', async () => {
      const all = await store.search({ limit: 500 });
      assert.equal(all.total, all.hits.length);
      const page = await store.search({ limit: 1, offset: 1 });
      assert.equal(page.hits.length, 1);
      assert.equal(page.hits[0]?.id, all.hits[1]?.id);
    });

    it('aggregates actors across documents and lists their events with the sentence', async () => {
      const kora = makeActor('k', 'Ilse Kora', 'person', 'SLVGOV');
      const board = makeActor('b', 'Port Board', 'organisation');
      const text = 'Ilse Kora met the Port Board on Friday. Talks went on.';
      const event = makeEvent('e1', { source: kora, target: board, sentence: { start: 0, end: 39 }, date: '2025-04-04' });
      await store.putDocument(makeDocument('act-1', text, { published: '2025-04-05' }, { actors: [kora, board], events: [event] }));
      await store.putDocument(makeDocument('act-2', 'Ilse Kora spoke.', {}, { actors: [kora] }));
      const actors = await store.listActors({ text: 'kora' });
      assert.equal(actors.length, 1);
      assert.equal(actors[0]?.name, 'Ilse Kora');
      assert.equal(actors[0]?.documents, 2);
      assert.equal(actors[0]?.events, 1);
      const events = await store.listEvents({ actor: 'Port Board' });
      assert.equal(events.length, 1);
      assert.equal(events[0]?.documentId, 'act-1');
      assert.equal(events[0]?.sentenceText, 'Ilse Kora met the Port Board on Friday.');
      assert.equal(events[0]?.code, '040');
      assert.deepEqual((await store.listEvents({ actor: 'SLVGOV', rootCode: '04', since: '2025-04-01' })).length, 1);
      assert.deepEqual(await store.listEvents({ actor: 'nobody at all' }), []);
    });

    it('stores a document whole or not at all when a write fails half-way', async () => {
      const before = await store.stats();
      const broken = { ...makeEvent('bad', { sentence: { start: 0, end: 5 } }), rootCode: null } as unknown as Event;
      const doc = makeDocument('atomic-1', 'Floodgates at Rennick failed overnight.', {}, { events: [broken] });
      await assert.rejects(store.putDocument(doc));
      assert.equal(await store.hasDocument('atomic-1'), false);
      assert.equal((await store.search({ text: 'Rennick' })).total, 0);
      assert.deepEqual(await store.stats(), before);
    });

    it('counts articles, sources, actors and events', async () => {
      const stats = await store.stats();
      const all = await store.search({ limit: 500 });
      assert.equal(stats.articles, all.total);
      assert.ok(stats.sources >= 4);
      assert.ok(stats.actors >= 3);
      assert.ok(stats.events >= 1);
      assert.equal(typeof stats.stories, 'number');
      assert.equal(typeof stats.duplicates, 'number');
    });

    it('caps the total of a text search at the 1,000 ranked matches and says so; listings stay exact', async () => {
      for (let i = 0; i < 1001; i += 8) {
        await Promise.all(Array.from({ length: Math.min(8, 1001 - i) }, (_, k) =>
          store.putDocument(makeDocument(`many-${i + k}`, `Zephyrite cargo number ${i + k} reached the quay.`, { published: '2025-07-01' }))));
      }
      const capped = await store.search({ text: 'zephyrite' });
      assert.equal(capped.total, 1000);
      assert.equal(capped.isTotalCapped, true);
      assert.equal(capped.hits.length, 20);
      assert.match(capped.hits[0]?.snippet ?? '', /\[Zephyrite\]/i);
      const exact = await store.search({ text: 'zephyrite cargo 17' });
      assert.equal(exact.total, 1);
      assert.equal(exact.isTotalCapped ?? false, false);
      assert.equal((await store.search({ limit: 1 })).total, (await store.stats()).articles);
    });
  });
}

interface Layers {
  readonly actors?: readonly Actor[];
  readonly events?: readonly Event[];
  readonly topics?: readonly string[];
}

/** A hand-built document (no analyzer needed), with whitespace tokens so the token round trip is exercised. */
function makeDocument(id: string, text: string, meta: ArticleMeta, layers: Layers = {}): AnalyzedDocument {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    const start = match.index;
    const word = match[0];
    tokens.push({
      text: word,
      span: { start, end: start + word.length },
      pos: /\p{Lu}/u.test(word[0] ?? '') ? 'PROPN' : 'NOUN',
      lemma: word === 'met' ? 'meet' : word.toLowerCase(),
      precededBySpace: start > 0 && /\s/.test(text.charAt(start - 1)),
    });
  }
  return {
    id,
    text,
    meta,
    language: 'en',
    sentences: [{ span: { start: 0, end: text.length }, firstToken: 0, lastToken: tokens.length - 1 }],
    tokens,
    entities: [],
    actors: layers.actors ?? [],
    places: [],
    dates: [],
    quantities: [],
    claims: [],
    events: layers.events ?? [],
    topics: (layers.topics ?? []).map((slug) => ({ slug, score: 0.9, evidence: [] })),
    diagnostics: [{ severity: 'info', source: 'test', code: 'test/made-by-hand', message: 'Built by the store contract.' }],
  };
}

function makeActor(id: string, name: string, kind: Actor['kind'], code?: string): Actor {
  return { id, name, kind, mentions: [{ start: 0, end: name.length }], roles: [], ...(code ? { code } : {}) };
}

function makeEvent(
  id: string,
  parts: { source?: Actor; target?: Actor; sentence: { start: number; end: number }; date?: string },
): Event {
  return {
    id,
    code: '040',
    baseCode: '040',
    rootCode: '04',
    label: 'Consult',
    quadClass: 1,
    goldstein: 1,
    ...(parts.source ? { sourceActorId: parts.source.id, ...(parts.source.code ? { sourceCode: parts.source.code } : {}) } : {}),
    ...(parts.target ? { targetActorId: parts.target.id } : {}),
    ...(parts.date ? { date: parts.date } : {}),
    isDateFromPublication: false,
    modality: 'happened',
    trigger: { start: 10, end: 13 },
    sentence: parts.sentence,
    rule: 'contract',
    confidence: 1,
  };
}
