import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasLongRun, maskLongRuns } from './mask-long-runs.ts';

/** The definition the sampled check must agree with: 200 units in a row that `\s` does not match. */
const REFERENCE = /\S{200}/;

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('hasLongRun', () => {
  it('finds a run of 200 non-space units wherever it starts, and not one of 199', () => {
    for (const length of [199, 200, 201, 450]) {
      for (let offset = 0; offset < 460; offset += 7) {
        for (const space of [' ', '\n', '\u00a0', '\u2028', '\u3000']) {
          const text = `${'ab '.repeat(offset).slice(0, offset)}${space}${'x'.repeat(length)}${space}tail words`;
          assert.equal(hasLongRun(text), REFERENCE.test(text), `run of ${length} after ${offset} units, space U+${space.charCodeAt(0).toString(16)}`);
        }
      }
    }
  });

  it('agrees with the regex on texts of random words, spaces and long runs', () => {
    const next = random(7);
    const units = ['a', 'Z', '9', '-', 'é', '\ud83d\ude00', ' ', ' ', '\n', '\t', '\u00a0', '\u2009'];
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(next() * 900);
      while (text.length < length) {
        text += next() < 0.02 ? 'q'.repeat(150 + Math.floor(next() * 100)) : (units[Math.floor(next() * units.length)] as string);
      }
      assert.equal(hasLongRun(text), REFERENCE.test(text), JSON.stringify(text));
    }
  });
});

describe('maskLongRuns', () => {
  it('replaces a long run by digits of the same length and leaves other text as it was', () => {
    const text = `A word, then ${'y'.repeat(250)} and more words.`;
    const masked = maskLongRuns(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked, `A word, then ${'0'.repeat(250)} and more words.`);
    assert.equal(maskLongRuns('Only short words here.'), 'Only short words here.');
  });
});
