import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../main.ts';
import { scratchDirectory } from '../../../test/support/scratch-directory.ts';

async function captureStdout(run: () => Promise<void>): Promise<string> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await run();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe('tidings eval dates', () => {
  it('scores a gold JSONL file and ends with one JSON line of metrics', async () => {
    const text = 'The council met on Tuesday and will vote next year.';
    const gold = {
      doc: 'd1',
      dct: '2025-06-18',
      text,
      timexes: [
        { start: text.indexOf('Tuesday'), end: text.indexOf('Tuesday') + 7, type: 'DATE', value: '2025-06-17' },
        { start: text.indexOf('next year'), end: text.indexOf('next year') + 9, type: 'DATE', value: '2027' },
      ],
    };
    const file = join(scratchDirectory('tidings-eval-dates-'), 'gold.jsonl');
    writeFileSync(file, `${JSON.stringify(gold)}\n`);
    const out = await captureStdout(() => main(['eval', 'dates', file]));
    const last = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
    assert.equal(last['task'], 'dates');
    assert.equal(last['extentF1'], 1);
    assert.equal(last['valueAccuracy'], 0.5, 'next year is 2026, so the second gold value is wrong on purpose');
    assert.equal(last['typeAccuracy'], 1);
    assert.match(out, /\[d1\] ".*next year" expected 2027 got 2026 \(dates\/shifted-unit\)/, 'each listed mismatch names its document and the rule that fired');
  });
});
