import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { createAnalyzer, type Analyzer } from '../analyzer.ts';

// The shipped pipeline as a user gets it, its learned models on (the trigger proposer, the side-chooser and the event
// filter; the event goldens in test/fixtures/events pin the rules alone). A retrained model may move these: after
// `npm run train:sides && npm run train:filter -- --threshold 0.2 && npm run train:triggers -- --no-cv`, read the
// change and rewrite them with `UPDATE=1 node --import tsx --test src/pipeline/events/shipped-models.fixtures.test.ts`.
const folder = join(process.cwd(), 'test', 'fixtures', 'events-shipped');
let analyzer: Analyzer;

before(async () => {
  analyzer = await createAnalyzer();
});

/** Each event's code, sides and rule (`+learned-side` where the chooser filled one); the filter's drops are absent. */
function dyads(text: string): string[] {
  return analyzer.analyze(text, { published: '2025-03-12' }).events.map((event) => `${event.code} ${event.sourceCode ?? '?'}>${event.targetCode ?? (event.isTargetless === true ? '---' : '?')} ${event.rule}`);
}

const inputs = readdirSync(folder).filter((name) => name.endsWith('.input.txt')).sort();

test('the shipped pipeline has golden fixtures to check (an empty folder would pass every run)', () => {
  assert.ok(inputs.length > 0, `no .input.txt files in ${folder}`);
});

for (const file of inputs) {
  const phenomenon = file.replace('.input.txt', '');
  test(`the shipped models code the '${phenomenon}' fixture as its golden file says`, () => {
    const actual = dyads(readFileSync(join(folder, file), 'utf8'));
    const expectedPath = join(folder, `${phenomenon}.expected.json`);
    if (process.env['UPDATE'] === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
