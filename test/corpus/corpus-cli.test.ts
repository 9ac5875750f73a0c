import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root, tidings } from '../e2e/cli-harness.ts';
import { scratchDirectory } from '../support/scratch-directory.ts';
import { corpusCommandsSuite } from './corpus-commands-suite.ts';

const fixtures = join(root, 'test/fixtures/corpus');
const dir = scratchDirectory('tidings-corpus-cli-');
const db = join(dir, 'corpus.db');

/** Compares the final JSON line of an eval run with its golden file; `UPDATE=1` rewrites the golden. */
function assertGolden(phenomenon: string, stdout: string): void {
  const last = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as unknown;
  const path = join(fixtures, `${phenomenon}.expected.json`);
  if (process.env['UPDATE'] === '1') writeFileSync(path, `${JSON.stringify(last, null, 2)}\n`);
  assert.deepEqual(last, JSON.parse(readFileSync(path, 'utf8')));
}

describe('corpus commands', () => {
  it('scores story clustering of two different earthquakes as two stories', () => {
    const run = tidings(['eval', 'clusters', join(fixtures, 'two-earthquakes.input.jsonl')]);
    assert.equal(run.code, 0, run.stderr);
    assertGolden('two-earthquakes', run.stdout);
  });

  it('finds the exact and near copies of a flood report and nothing else', () => {
    const run = tidings(['eval', 'duplicates', join(fixtures, 'flood-copies.input.jsonl')]);
    assert.equal(run.code, 0, run.stderr);
    assertGolden('flood-copies', run.stdout);
  });

  corpusCommandsSuite(db, dir);
});
