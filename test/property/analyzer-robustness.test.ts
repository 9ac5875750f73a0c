import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../src/model/errors.ts';
import { createAnalyzer, type Analyzer } from '../../src/pipeline/analyzer.ts';
import { assertSpansInside } from './check-spans.ts';

// Each property runs the full pipeline; a hang shows up as the per-document budget or the test timeout.
const RUNS = Number(process.env['TIDINGS_PROPERTY_RUNS'] ?? 40);
const PER_DOC_MS = 5000;
let analyzer: Analyzer;

before(async () => {
  analyzer = await createAnalyzer();
});

/** Analyses; InputError (empty, binary, too large) is an allowed answer, anything else thrown fails the property. */
function analyzeSafely(text: string): void {
  const started = performance.now();
  try {
    const doc = analyzer.analyze(text, { published: '2025-06-18' });
    assert.equal(doc.text, text, 'the text is never changed');
    assertSpansInside(doc, text.length);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
  const took = performance.now() - started;
  assert.ok(took < PER_DOC_MS + text.length / 5, `analysis took ${Math.round(took)} ms for ${text.length} characters`);
}

const words = ['the', 'minister', 'said', 'on', 'Tuesday', 'that', '5,000', 'troops', 'in', 'Kursk', 'region', 'according to',
  'state', 'media', 'KCNA', 'Mr.', 'Kim', 'met', 'Ms', 'O\'Neil', 'U.S.', 'last year', '$3.5bn', '(', ')', '"', ',', '.', '?', '—',
  'didn\'t', 'e.g.', '1st', '12:30', '2025-06-17', 'Moscow', 'warned', 'about two weeks ago', 'Pyongyang', '%', '&amp;', 'http://x.test/a?b=c'];
const newsLike = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 120 }).chain((ws) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '  ', '\t'), { minLength: ws.length, maxLength: ws.length })
    .map((gaps) => ws.map((w, i) => w + (gaps[i] ?? ' ')).join('')));

describe('analyzer under arbitrary input', { timeout: 300_000 }, () => {
  it('never throws anything but InputError and keeps every span inside the text, on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), analyzeSafely), { numRuns: RUNS });
  });

  it('never throws and keeps spans inside the text on news-like word salad', () => {
    fc.assert(fc.property(newsLike, analyzeSafely), { numRuns: RUNS });
  });

  it('survives huge tokens, long runs of punctuation and lines without spaces', () => {
    fc.assert(fc.property(
      fc.constantFrom('a', 'Z', '9', '.', '-', '\u0301', '😀', '\u200b', 'ж', ','),
      fc.integer({ min: 1_000, max: 60_000 }),
      fc.constantFrom('', 'Officials said on Monday that ', 'He met Kim. '),
      (unit, n, prefix) => analyzeSafely(`${prefix}${unit.repeat(n)} and more text follows.`),
    ), { numRuns: Math.max(5, Math.floor(RUNS / 4)) });
  });

  it('keeps spans inside the text for lone surrogates, combining marks, RTL and mixed newlines', () => {
    for (const text of ['\ud800 broken surrogate said Kim.', 'e\u0301te\u0301 in Kursk\r\n\r\nMoscow said.', 'قال الوزير Moscow 5,000 troops',
      '\u202eevil\u202c text on Tuesday.', '\u0000binary', '   ', 'x'.repeat(2_000_001)]) {
      analyzeSafely(text);
    }
  });
});
