import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer } from '../analyzer.ts';
import { parseDiscardList } from './discard-list.ts';
import { scratchDirectory } from '../../../test/support/scratch-directory.ts';

test('reads sentence phrases, story phrases after `+`, and skips comments', () => {
  const list = parseDiscardList('<!-- sport -->\nCUP FINAL   # football\n+HURRICANE\n\nSUPER_BOWL\n');
  assert.deepEqual(list, { sentence: [['cup', 'final'], ['super', 'bowl']], story: [['hurricane']] });
});

test('a sentence holding a discard phrase codes no event, and a story phrase silences the whole article', async () => {
  const file = join(scratchDirectory('tidings-discards-'), 'my.discards.txt');
  writeFileSync(file, 'CUP FINAL\n+CRICKET\n');
  const analyzer = await createAnalyzer({ learnedTriggers: false, discardFiles: [file] });
  const plain = await createAnalyzer({ learnedTriggers: false });
  const match = 'France attacked Germany relentlessly in the cup final in Berlin on Sunday.';
  const politics = 'France condemned Germany over the border dispute on Monday.';
  assert.ok(plain.analyze(match, { published: '2026-05-04' }).events.length > 0, 'the built-in patterns code the match sentence');
  const mixed = analyzer.analyze(`${match} ${politics}`, { published: '2026-05-04' });
  assert.deepEqual(mixed.events.map((event) => event.code.slice(0, 2)), ['11']);
  assert.deepEqual(analyzer.analyze(`${politics} The cricket season opened.`, { published: '2026-05-04' }).events, []);
});
