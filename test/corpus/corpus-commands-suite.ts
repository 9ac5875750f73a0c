import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { root, tidings } from '../e2e/cli-harness.ts';

/**
 * The story, dyad and watch commands as a user runs them, registered inside the caller's `describe` for one store
 * (a SQLite path or a postgres:// URL), so every store passes the same session. `scratch` is a writable folder.
 */
export function corpusCommandsSuite(db: string, scratch: string): void {
  it('forms stories at ingest, lists them, shows one with its facts, and re-clusters keeping the ids', () => {
    const ingest = tidings(['ingest', join(root, 'test/fixtures/corpus/two-earthquakes.input.jsonl'), '--db', db]);
    assert.equal(ingest.code, 0, ingest.stderr);
    const list = tidings(['stories', '--db', db, '--json']);
    assert.equal(list.code, 0, list.stderr);
    const stories = JSON.parse(list.stdout) as { id: string; articles: number }[];
    assert.deepEqual(stories.map((s) => s.articles).sort(), [3, 3]);
    const story = tidings(['story', stories[0]?.id ?? '', '--db', db]);
    assert.equal(story.code, 0, story.stderr);
    assert.match(story.stdout, /3 articles/);
    const facts = tidings(['facts', stories[0]?.id ?? '', '--db', db, '--json']);
    assert.equal(facts.code, 0, facts.stderr);
    assert.ok(Array.isArray(JSON.parse(facts.stdout)));
    const recluster = tidings(['stories', '--recluster', '--db', db, '--json']);
    assert.equal(recluster.code, 0, recluster.stderr);
    const reclustered = JSON.parse(recluster.stdout) as { id: string }[];
    assert.deepEqual(reclustered.map((s) => s.id).sort(), stories.map((s) => s.id).sort());
  });

  it('answers an unknown story id with a message, not a stack trace', () => {
    const run = tidings(['story', 'nope', '--db', db]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /No story `nope`/);
  });

  it('draws a dyad curve, answering plainly when two actors have no events', () => {
    const run = tidings(['dyad', 'ZZA', 'ZZB', '--db', db, '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });

  it('adds, lists and removes a watch, and reports a new matching article to a JSON Lines file once', () => {
    const out = join(scratch, 'matches.jsonl');
    const add = tidings(['watch', 'add', 'kell', '--text', 'Kell port', '--output', out, '--db', db]);
    assert.equal(add.code, 0, add.stderr);
    const again = tidings(['watch', 'add', 'kell', '--text', 'Kell', '--db', db]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists/);
    const listed = JSON.parse(tidings(['watch', 'list', '--db', db, '--json']).stdout) as { name: string }[];
    assert.deepEqual(listed.map((w) => w.name), ['kell']);
    const article = join(scratch, 'kell.txt');
    writeFileSync(article, 'Ferries returned to Kell port on Monday as repairs to the Benmora quay finished ahead of plan.\n');
    assert.equal(tidings(['ingest', article, '--db', db]).code, 0);
    assert.equal(tidings(['ingest', article, '--db', db]).code, 0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? '', /"watchName":"kell"/);
    assert.equal(tidings(['watch', 'remove', 'kell', '--db', db]).code, 0);
    assert.deepEqual(JSON.parse(tidings(['watch', 'list', '--db', db, '--json']).stdout), []);
  });
}
