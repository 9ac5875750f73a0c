import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { createAnalyzer, type Analyzer } from '../analyzer.ts';
import { RULES_ALONE } from '../stage.ts';

const folder = join(process.cwd(), 'test', 'fixtures', 'events');
const published = '2025-03-12';
let analyzer: Analyzer;

// The goldens pin the rules' own coding; the learned stages (trigger proposer, side-chooser, event filter) have their own tests.
before(async () => {
  analyzer = await createAnalyzer(RULES_ALONE);
});

/** Only the events layer, in the fields a reader checks: code, who to whom, modality, date, and the rule. */
function summarise(text: string): unknown {
  const doc = analyzer.analyze(text, { published });
  return doc.events.map((event) => ({
    code: event.code,
    source: event.sourceCode ?? null,
    target: event.targetCode ?? null,
    ...(event.isTargetless === true ? { isTargetless: true } : {}),
    ...(event.isSourceUnknown === true ? { isSourceUnknown: true } : {}),
    modality: event.modality,
    date: event.date ?? null,
    isDateFromPublication: event.isDateFromPublication,
    trigger: text.slice(event.trigger.start, event.trigger.end),
    rule: event.rule,
  }));
}

for (const file of readdirSync(folder).filter((name) => name.endsWith('.input.txt')).sort()) {
  const phenomenon = file.replace('.input.txt', '');
  test(`codes the events of the '${phenomenon}' fixture as its golden file says`, () => {
    const actual = summarise(readFileSync(join(folder, file), 'utf8'));
    const expectedPath = join(folder, `${phenomenon}.expected.json`);
    if (process.env['UPDATE'] === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
