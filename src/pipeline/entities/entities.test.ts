import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../analyzer.ts';
import { segment } from '../segment/segment.ts';
import type { Stage } from '../stage.ts';
import { entities } from './entities.ts';
import { nerSentences } from './ner-words.ts';

const analyzer = await createAnalyzer({}, [segment, entities] as Stage<unknown>[]);

describe('entities stage', () => {
  it('gives every entity an exact span into the original text', () => {
    const text = 'Officials in  Kyiv said Olena Marchuk would meet  European Union envoys.';
    const doc = analyzer.analyze(text);
    assert.ok(doc.entities.length >= 2);
    for (const entity of doc.entities) assert.equal(text.slice(entity.span.start, entity.span.end), entity.text);
  });

  it('skips recognition on text the segment stage reported as not English', () => {
    const doc = analyzer.analyze('Der Bundeskanzler traf sich am Montag in Berlin mit dem französischen Präsidenten, um über die Lage in der Ukraine und die Zukunft der Europäischen Union zu sprechen, sagte ein Sprecher.');
    assert.ok(doc.diagnostics.some((d) => d.code === 'segment/not-english'));
    assert.deepEqual(doc.entities, []);
  });

  // A hang fails by the test's timeout; how fast it runs is for the benchmarks.
  it('neither crashes nor hangs on emoji, zero-width and right-to-left characters', { timeout: 30_000 }, () => {
    const doc = analyzer.analyze('BREAKING 🚨🚨 \u200b\u200bMoscow ‮says‬ ￼ talks with Ankara are OFF 😤 #news @someone ​');
    for (const entity of doc.entities) assert.equal(doc.text.slice(entity.span.start, entity.span.end), entity.text);
  });

  it('finds listed organisations in an all-lower-case post, where casing says nothing', () => {
    const doc = analyzer.analyze('honestly the imf and nato need to sort this out before friday');
    assert.deepEqual(doc.entities.map((e) => [e.type, e.text]), [['organisation', 'imf'], ['organisation', 'nato']]);
  });

  it('rejoins hyphenated names the tokenizer splits, as the model was trained on them', () => {
    const doc = analyzer.analyze('Troops left Ivano-Frankivsk on Monday.');
    const [sentence] = nerSentences(doc.tokens, doc.sentences);
    assert.ok(sentence?.words.includes('Ivano-Frankivsk'));
    assert.ok(doc.entities.some((e) => e.text === 'Ivano-Frankivsk' && e.type === 'place'));
  });
});
