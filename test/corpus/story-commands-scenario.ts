import assert from 'node:assert/strict';
import { join } from 'node:path';
import { root, tidings } from '../e2e/cli-harness.ts';

/**
 * One user session with the story commands, run against each store (SQLite path or postgres:// URL): ingest two
 * different earthquakes' reports, list the stories, open one with its facts, re-cluster, and check the ids survive.
 */
export function runStoryCommandsScenario(db: string): void {
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
}
