import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../model/actor.ts';
import type { Place } from '../../model/place.ts';
import type { Token } from '../../model/token.ts';
import { emptyDocument } from '../analyzer.ts';
import { documentMentions } from './document-mentions.ts';

function documentOf(text: string, actors: readonly Actor[], places: readonly Place[]) {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) tokens.push({ text: match[0], lemma: match[0], pos: 'PROPN', precededBySpace: match.index > 0, span: { start: match.index, end: match.index + match[0].length } } as unknown as Token);
  return { ...emptyDocument('d', text), tokens, actors, places };
}

test('maps the actors and places of earlier stages to the tokens they cover, in text order', () => {
  const text = 'Envoys of Gondor and the Shire met in Minas Tirith';
  const gondor = { id: 'a1', kind: 'country', name: 'Gondor', mentions: [{ start: 10, end: 16 }], roles: [], code: 'GON' } as unknown as Actor;
  const envoys = { id: 'a2', kind: 'person', name: 'Envoys', mentions: [{ start: 0, end: 6 }], roles: [] } as unknown as Actor;
  const city = { id: 'p1', name: 'Minas Tirith', mentions: [{ start: 38, end: 50 }], country: 'GON', precision: 'city' } as unknown as Place;
  const known = documentMentions(documentOf(text, [gondor, envoys], [city]));
  assert.deepEqual(known.actors.map((mention) => [mention.first, mention.last, mention.name, mention.isPerson]), [[0, 0, 'Envoys', true], [2, 2, 'Gondor', undefined]]);
  assert.deepEqual(known.places.map((mention) => [mention.first, mention.last, mention.code, mention.placeId]), [[8, 9, 'GON', 'p1']]);
});

test('drops a span that starts inside a token, and a place with no country', () => {
  const text = 'Rohan riders left Edoras';
  const inside = { id: 'a1', kind: 'group', name: 'ohan', mentions: [{ start: 1, end: 5 }], roles: [] } as unknown as Actor;
  const town = { id: 'p1', name: 'Edoras', mentions: [{ start: 18, end: 24 }], precision: 'city' } as unknown as Place;
  const known = documentMentions(documentOf(text, [inside], [town]));
  assert.deepEqual([known.actors.length, known.places.length], [0, 0]);
});
