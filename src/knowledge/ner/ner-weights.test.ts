import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ConfigError } from '../../model/errors.ts';
import { NER_LABELS } from './ner-labels.ts';
import { loadNerModel, saveNerWeights } from './ner-weights.ts';
import { scratchDirectory } from '../../../test/support/scratch-directory.ts';

describe('NER weights file', () => {
  const dir = scratchDirectory('tidings-ner-');

  it('names the missing file and the command that rebuilds it', () => {
    const path = join(dir, 'absent.bin');
    assert.throws(() => loadNerModel(path), (error: unknown) => error instanceof ConfigError && error.message.includes(path) && /train:ner/.test(error.hint ?? ''));
  });

  it('rejects a corrupt file with a ConfigError instead of crashing', () => {
    const path = join(dir, 'corrupt.bin');
    writeFileSync(path, 'not weights at all');
    assert.throws(() => loadNerModel(path), ConfigError);
  });

  it('rejects a header without a positive scale with a ConfigError naming the file', () => {
    const path = join(dir, 'no-scale.bin');
    writeFileSync(path, gzipSync(Buffer.from(`${JSON.stringify({ magic: 'tidings-ner/1', labels: NER_LABELS, featureCount: 0, keyBytes: 0, scale: 0 })}\n`)));
    assert.throws(() => loadNerModel(path), (error: unknown) => error instanceof ConfigError && error.message.includes(path));
  });

  it('round-trips quantised weights closely enough to decode the same labels', () => {
    const path = join(dir, 'tiny.bin');
    const size = NER_LABELS.length;
    const weights = new Float32Array(2 * size);
    weights[1] = 2; // 'w=Maria' → B-PER
    weights[size + 5] = 1.5; // 'w=Oslo' → B-LOC
    saveNerWeights(path, { labels: NER_LABELS, features: ['w=Maria', 'w=Oslo'], weights, transitions: new Float32Array((size + 1) * size) });
    const model = loadNerModel(path);
    assert.deepEqual(model.predict([['w=Maria'], ['w=sang'], ['w=Oslo']]), ['B-PER', 'O', 'B-LOC']);
  });
});
