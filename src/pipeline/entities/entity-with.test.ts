import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/entity.ts';
import { entityWith } from './entity-with.ts';

const harbourBoard: Entity = { id: 'e3', type: 'organisation', text: 'Orlen Harbour Board', span: { start: 10, end: 29 }, rule: 'ner/perceptron', confidence: 0.87 };

describe('entityWith', () => {
  it('serialises exactly as the spread it replaces, for every change a stage makes', () => {
    const linked = entityWith(harbourBoard, { actorId: 'a1' });
    assert.equal(JSON.stringify(linked), JSON.stringify({ ...harbourBoard, actorId: 'a1' }));
    assert.equal(JSON.stringify(entityWith(linked, { placeId: 'p2' })), JSON.stringify({ ...linked, placeId: 'p2' }));
    const retyped = entityWith(harbourBoard, { type: 'person', rule: 'ner/perceptron+actors/name-consistency' });
    assert.equal(JSON.stringify(retyped), JSON.stringify({ ...harbourBoard, type: 'person', rule: 'ner/perceptron+actors/name-consistency' }));
    assert.equal(JSON.stringify(entityWith(harbourBoard, { id: 'e7' })), JSON.stringify({ ...harbourBoard, id: 'e7' }));
  });

  it('keeps the actor and place links an entity already has', () => {
    const placed = entityWith(entityWith(harbourBoard, { actorId: 'a1' }), { placeId: 'p2' });
    assert.deepEqual(entityWith(placed, { type: 'place' }), { ...placed, type: 'place' });
  });

  it('adds no key for a link that is absent', () => {
    assert.deepEqual(Object.keys(entityWith(harbourBoard, {})), ['id', 'type', 'text', 'span', 'rule', 'confidence']);
  });
});
