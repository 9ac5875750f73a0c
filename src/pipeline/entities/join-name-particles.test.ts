import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../model/entity.ts';
import { joinNameParticles } from './join-name-particles.ts';

function entity(text: string, whole: string, type: Entity['type']): Entity {
  const start = whole.indexOf(text);
  return { id: '', type, text, span: { start, end: start + text.length }, rule: 'ner/perceptron', confidence: 0.9 };
}

test('joins a name the recogniser split at "bin" or "von der" into one person', () => {
  const text = 'Yusuf bin Alawi met Ursula von der Leyen in Muscat.';
  const joined = joinNameParticles(text, [entity('Yusuf', text, 'person'), entity('Alawi', text, 'person'), entity('Ursula', text, 'organisation'), entity('Leyen', text, 'person'), entity('Muscat', text, 'place')]);
  assert.deepEqual(joined.map((e) => [e.type, e.text]), [['person', 'Yusuf bin Alawi'], ['person', 'Ursula von der Leyen'], ['place', 'Muscat']]);
});

test('leaves names apart when a place or ordinary words stand between them', () => {
  const text = 'Paris de Gaulle and Anna said Maria was late.';
  const joined = joinNameParticles(text, [entity('Paris', text, 'place'), entity('Gaulle', text, 'person'), entity('Anna', text, 'person'), entity('Maria', text, 'person')]);
  assert.deepEqual(joined.map((e) => e.text), ['Paris', 'Gaulle', 'Anna', 'Maria']);
});

test('leaves a place of several words apart from a name after its particle', () => {
  const text = 'Porto Alegre de Gaulle and Anna said Maria was late.';
  const joined = joinNameParticles(text, [entity('Porto Alegre', text, 'place'), entity('Gaulle', text, 'person'), entity('Anna', text, 'person'), entity('Maria', text, 'person')]);
  assert.deepEqual(joined.map((e) => e.text), ['Porto Alegre', 'Gaulle', 'Anna', 'Maria']);
});

test('joins a given name read as a place to the surname after its particle: "Florencia da Costa" is one person', () => {
  const text = 'Judges questioned Florencia da Costa in Maputo de Lima.';
  const joined = joinNameParticles(text, [entity('Florencia', text, 'place'), entity('Costa', text, 'organisation'), entity('Maputo', text, 'place'), entity('Lima', text, 'place')]);
  assert.deepEqual(joined.map((e) => [e.type, e.text]), [['person', 'Florencia da Costa'], ['place', 'Maputo'], ['place', 'Lima']]);
});
