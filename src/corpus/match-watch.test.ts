import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDocument } from '../../test/corpus/make-document.ts';
import type { Watch } from '../model/watch.ts';
import { matchWatch } from './match-watch.ts';

const doc = makeDocument('d1', 'Officials from Norland and Sudria met in Port Alder to discuss the border.', {
  actors: [{ id: 'a1', kind: 'country', name: 'Norland', mentions: [], roles: [], code: 'NORGOV' }],
  events: [{
    id: 'e1', code: '040', baseCode: '040', rootCode: '04', label: 'Consult', quadClass: 1, goldstein: 1, isDateFromPublication: true,
    modality: 'happened', trigger: { start: 0, end: 1 }, sentence: { start: 0, end: 10 }, rule: 'test', confidence: 1,
  }],
});
const watch = (query: Watch['query']): Watch => ({ id: 'w1', name: 'border', query, output: { kind: 'stdout' }, createdAt: '2025-01-01' });

test('matches an article on an actor code prefix and an event code prefix, with the reasons', () => {
  assert.deepEqual(matchWatch(watch({ actors: ['NOR'], eventCodes: ['04'] }), doc)?.reasons, ['actor NOR', 'event 04']);
});

test('requires every given field to match', () => {
  assert.equal(matchWatch(watch({ actors: ['Norland'], eventCodes: ['19'] }), doc), undefined);
});

test('matches text only when all its words occur', () => {
  assert.ok(matchWatch(watch({ text: 'border port' }), doc));
  assert.equal(matchWatch(watch({ text: 'border river' }), doc), undefined);
});
