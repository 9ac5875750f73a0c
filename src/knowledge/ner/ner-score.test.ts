import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf, tagsOf } from './chunks.ts';
import { parseConll } from './conll.ts';
import { scoreNer } from './ner-score.ts';

describe('chunksOf', () => {
  it('reads IOB1, where I- opens a chunk and B- only separates two chunks of one type', () => {
    assert.deepEqual(chunksOf(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
  });

  it('reads IOB2 and closes a chunk when the type changes without a B-', () => {
    assert.deepEqual(chunksOf(['B-ORG', 'I-ORG', 'I-MISC', 'O']), [
      { start: 0, end: 2, type: 'ORG' },
      { start: 2, end: 3, type: 'MISC' },
    ]);
  });

  it('writes chunks back as IOB2 tags', () => {
    assert.deepEqual(tagsOf(chunksOf(['I-PER', 'I-PER', 'O', 'I-LOC']), 4), ['B-PER', 'I-PER', 'O', 'B-LOC']);
  });
});

describe('scoreNer', () => {
  it('counts a chunk as correct only with exact bounds and type', () => {
    const score = scoreNer([
      { gold: ['B-PER', 'I-PER', 'O', 'B-LOC'], predicted: ['B-PER', 'O', 'O', 'B-LOC'] },
      { gold: ['B-ORG', 'O'], predicted: ['B-MISC', 'O'] },
    ]);
    assert.equal(score.correct, 1);
    assert.equal(score.predicted, 3);
    assert.equal(score.gold, 3);
    assert.equal(score.precision, 1 / 3);
    assert.equal(score.byType['LOC']?.f1, 1);
    assert.equal(score.byType['PER']?.recall, 0);
    assert.equal(score.byType['MISC']?.precision, 0);
  });

  it('scores IOB1 gold against IOB2 predictions as equal when the chunks agree', () => {
    const score = scoreNer([{ gold: ['I-PER', 'I-PER', 'O'], predicted: ['B-PER', 'I-PER', 'O'] }]);
    assert.equal(score.f1, 1);
  });

  it('gives zero rather than NaN when nothing is predicted', () => {
    const score = scoreNer([{ gold: ['B-PER'], predicted: ['O'] }]);
    assert.equal(score.precision, 0);
    assert.equal(score.f1, 0);
  });
});

describe('parseConll', () => {
  it('groups sentences into documents at -DOCSTART- lines', () => {
    const docs = parseConll('-DOCSTART- -X- -X- O\n\nMaria NNP I-NP I-PER\nsang VBD I-VP O\n\n-DOCSTART- -X- -X- O\n\nOslo NNP I-NP I-LOC\n');
    assert.equal(docs.length, 2);
    assert.deepEqual(docs[0]?.[0], { words: ['Maria', 'sang'], tags: ['I-PER', 'O'] });
  });

  it('rejects a line without a tag column, quoting it', () => {
    assert.throws(() => parseConll('Maria NNP I-NP PERSON\n'), /Maria NNP I-NP PERSON/);
  });
});
