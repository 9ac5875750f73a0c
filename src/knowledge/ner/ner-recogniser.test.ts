import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf } from './chunks.ts';
import { buildNerLexicon } from './ner-lexicon.ts';
import { harmoniseLabels } from './harmonise-labels.ts';
import { featurizeArticle, NerRecogniser } from './ner-recogniser.ts';
import { NER_LABELS } from './ner-labels.ts';
import { NerModel } from './ner-model.ts';
import { loadNerModel } from './ner-weights.ts';
import { PhraseLexicon } from './phrase-lexicon.ts';
import { loadGazetteer } from '../places/gazetteer.ts';

const lexicon = buildNerLexicon(loadGazetteer());
const recogniser = new NerRecogniser(loadNerModel(), lexicon);
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

  it('labels a lone surname as the person named in full earlier in the article', () => {
    const article = ['Ngozi Okafor chairs the committee .'.split(' '), 'Okafor said the vote would wait .'.split(' ')];
    const [, second] = recogniser.label(article);
    assert.equal(second?.[0], 'B-PER');
  });

  it('labels exactly as the plain feature lists do, though it caches per word', () => {
    const article = [
      'TALKS STALL IN GENEVA OVER GRAIN CORRIDOR'.split(' '),
      'Officials from Turkey and the United Nations met in Geneva on Monday .'.split(' '),
      'Talks resumed after Turkish envoy Kemal Arslan arrived from Ankara , officials said .'.split(' '),
      'geneva was quiet ; the UN said nothing .'.split(' '),
    ];
    const plain = featurizeArticle(article, lexicon).map((features) => recogniser.model.predict(features));
    assert.deepEqual(recogniser.label(article), harmoniseLabels(article, plain));
  });

  it('labels exactly as the plain feature lists do when words contain the feature separators', () => {
    // A hand-made model whose features name words with `|` and `=` in them, the characters feature keys are built with.
    const features: [string, string, number][] = [
      ['l-1|l=a|b|zorvik', 'B-PER', 10],
      ['l|l+1=zorvik|a|b', 'B-ORG', 10],
      ['w==', 'B-LOC', 4],
      ['l+1==', 'B-MISC', 6],
      ['x2=|b', 'B-MISC', 5],
      ['s-1=x|x', 'B-LOC', 3],
      ['l-2=<s>', 'O', 1],
    ];
    const size = NER_LABELS.length;
    const weights = new Float32Array(features.length * size);
    features.forEach(([, label, weight], row) => (weights[row * size + NER_LABELS.indexOf(label)] = weight));
    const model = new NerModel(new Map(features.map(([feature], i) => [feature, i])), weights, new Float32Array((size + 1) * size));
    const tiny = new NerRecogniser(model, new PhraseLexicon());
    const article = [['a|b', 'Zorvik', '=', 'said'], ['=', 'x|b', 'a|b'], ['Zorvik', 'a|b', 'left']];
    const plain = featurizeArticle(article, new PhraseLexicon()).map((list) => model.predict(list));
    assert.deepEqual([plain[0]?.[1], plain[2]?.[0]], ['B-PER', 'B-ORG'], 'the pair features decide');
    assert.deepEqual(tiny.label(article), harmoniseLabels(article, plain));
  });
});
