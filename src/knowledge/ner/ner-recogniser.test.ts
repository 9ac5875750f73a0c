import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf } from './chunks.ts';
import { buildNerLexicon } from './ner-lexicon.ts';
import { NerRecogniser } from './ner-recogniser.ts';
import { loadNerModel } from './ner-weights.ts';
import { loadGazetteer } from '../places/gazetteer.ts';

const recogniser = new NerRecogniser(loadNerModel(), buildNerLexicon(loadGazetteer()));
const entities = (sentence: string): string[] => {
  const words = sentence.split(' ');
  const tags = recogniser.label([words])[0] ?? [];
  return chunksOf(tags).map((c) => `${c.type}:${words.slice(c.start, c.end).join(' ')}`);
};

describe('the trained recogniser', () => {
  it('finds a person, a place and an organisation it has never been told about', () => {
    const found = entities('Maria Okonkwo , a spokeswoman for Tarvex Holdings , said the plant near Lagos would close .');
    assert.ok(found.includes('PER:Maria Okonkwo'), found.join(', '));
    assert.ok(found.includes('LOC:Lagos'), found.join(', '));
    assert.ok(found.some((f) => f.startsWith('ORG:Tarvex')), found.join(', '));
  });

  it('labels an all-caps headline without crashing and still finds the country', () => {
    const found = entities('FLOODS HIT NORTHERN VIETNAM AS RIVERS RISE');
    assert.ok(found.some((f) => f.includes('VIETNAM')), found.join(', '));
  });

  it('survives lower-case text and odd Unicode tokens', () => {
    assert.doesNotThrow(() => entities('lol did u see what putin said 😂 \u200b ﷽ ok'));
    assert.deepEqual(recogniser.label([[]]), [[]]);
  });
});
