import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer } from '../pipeline/analyzer.ts';

const home = mkdtempSync(join(tmpdir(), 'tidings-topics-'));
process.on('exit', () => rmSync(home, { recursive: true, force: true }));

const gardens = ['roses bloom in the garden bed', 'pruning shrubs and planting bulbs', 'compost feeds the vegetable garden soil'];
const ships = ['the harbour crane unloaded container ships', 'a cargo vessel docked at the port', 'tugboats guided the tanker into the harbour'];
const lines = [
  ...gardens.flatMap((text, i) => [0, 1, 2, 3].map((n) => ({ text: `${text} on day ${n + i}`, label: 'gardening' }))),
  ...ships.flatMap((text, i) => [0, 1, 2, 3].map((n) => ({ text: `${text} on day ${n + i}`, labels: ['shipping'] }))),
];
const file = join(home, 'labels.jsonl');
writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));

const tidings = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/tidings.js', ...args], { encoding: 'utf8', env: { ...process.env, TIDINGS_HOME: home } });

test('trains a custom topic model, saves it under TIDINGS_HOME and prints cross-validated accuracy last', () => {
  const run = tidings('topics', 'train', file, '--name', 'harbour-garden');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout.trim().split('\n').at(-1) ?? '', /^5-fold cross-validated accuracy: (0|1)\.\d+$/);
  assert.ok(existsSync(join(home, 'topics', 'harbour-garden.json')));
});

test('analyses with the custom model when the analyzer is built with its name', async () => {
  tidings('topics', 'train', file, '--name', 'harbour-garden');
  const analyzer = await createAnalyzer({ topics: 'harbour-garden', dataDir: home });
  const doc = analyzer.analyze('A tanker and two container ships waited outside the harbour for a crane.');
  assert.equal(doc.topics[0]?.slug, 'shipping');
});

test('refuses a labels file whose line has no label, quoting the line', () => {
  const bad = join(home, 'bad.jsonl');
  writeFileSync(bad, '{"text":"no label here"}\n');
  const run = tidings('topics', 'train', bad, '--name', 'broken');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /bad\.jsonl:1/);
});

test('names the missing model and the command that makes it', async () => {
  await assert.rejects(createAnalyzer({ topics: 'never-trained', dataDir: home }), /never-trained[\s\S]*missing/);
});
