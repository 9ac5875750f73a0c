import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { knowledgeOptions } from './knowledge-args.ts';
import { scratchDirectory } from '../../test/support/scratch-directory.ts';

const directory = scratchDirectory('tidings-knowledge-');
const actors = join(directory, 'my.actors.txt');
const verbs = join(directory, 'my.verbs.txt');
writeFileSync(actors, 'NORTHLAND [NLD]\nSOUTHMARK [SMK]\n');
writeFileSync(verbs, '&PLACES\n+HARBOUR\n\n--- WAVE   [051] ---\nWAVE\n- * AT  [051]\n');

test('reads repeated and comma-separated flags, and falls back to the environment variables', () => {
  assert.deepEqual(knowledgeOptions(['--actors', `${actors},${actors}`, '--discards=a.txt'], {}, () => undefined), { actorFiles: [actors, actors], discardFiles: ['a.txt'] });
  assert.deepEqual(knowledgeOptions([], { TIDINGS_ACTORS: actors, TIDINGS_PATTERNS: 'p.json' }, () => undefined), { actorFiles: [actors], patternFiles: ['p.json'] });
});

test('reads a verb dictionary given as actors as event patterns, and says so', () => {
  const notes: string[] = [];
  const options = knowledgeOptions(['--actors', actors, '--actors', verbs, '--patterns', 'own.json'], {}, (note) => notes.push(note));
  assert.deepEqual(options, { actorFiles: [actors], patternFiles: ['own.json', verbs] });
  assert.equal(notes.length, 1);
  assert.match(notes[0] ?? '', /my\.verbs\.txt` is a TABARI verb dictionary: it is read as event patterns/);
});

test('turns the learned side-chooser off with --no-learned-sides or TIDINGS_LEARNED_SIDES=0, and leaves the default alone otherwise', () => {
  assert.deepEqual(knowledgeOptions(['--no-learned-sides'], {}, () => undefined), { learnedSides: false });
  assert.deepEqual(knowledgeOptions([], { TIDINGS_LEARNED_SIDES: '0' }, () => undefined), { learnedSides: false });
  assert.deepEqual(knowledgeOptions(['--learned-sides'], { TIDINGS_LEARNED_SIDES: '0' }, () => undefined), { learnedSides: true });
  assert.deepEqual(knowledgeOptions([], {}, () => undefined), {});
});

test('keeps every coded event with --no-event-filter or TIDINGS_EVENT_FILTER=0, and leaves the default alone otherwise', () => {
  assert.deepEqual(knowledgeOptions(['--no-event-filter'], {}, () => undefined), { eventFilter: false });
  assert.deepEqual(knowledgeOptions([], { TIDINGS_EVENT_FILTER: '0' }, () => undefined), { eventFilter: false });
  assert.deepEqual(knowledgeOptions(['--event-filter'], { TIDINGS_EVENT_FILTER: '0' }, () => undefined), { eventFilter: true });
  assert.throws(() => knowledgeOptions([], { TIDINGS_EVENT_FILTER: 'off' }, () => undefined), /Expected 0 or 1 for `\$TIDINGS_EVENT_FILTER`, got `off`/);
});

test('stops on a $TIDINGS_LEARNED_SIDES that is neither 0 nor 1 instead of leaving the chooser on unnoticed', () => {
  assert.throws(() => knowledgeOptions([], { TIDINGS_LEARNED_SIDES: 'false' }, () => undefined), /Expected 0 or 1 for `\$TIDINGS_LEARNED_SIDES`, got `false`/);
  assert.deepEqual(knowledgeOptions([], { TIDINGS_LEARNED_SIDES: '' }, () => undefined), {});
  assert.deepEqual(knowledgeOptions(['--no-learned-sides'], { TIDINGS_LEARNED_SIDES: 'false' }, () => undefined), { learnedSides: false });
});

test('says that --learned-pairs changes nothing with the trigger proposer off, and stays quiet while it is on', () => {
  const notes: string[] = [];
  assert.deepEqual(knowledgeOptions(['--learned-pairs', '--no-learned-triggers'], {}, (note) => notes.push(note)), { learnedTriggers: false, learnedPairs: true });
  assert.match(notes.join('\n'), /`--learned-pairs` .* with the proposer off .* changes nothing/);
  notes.length = 0;
  assert.deepEqual(knowledgeOptions(['--learned-pairs'], { TIDINGS_LEARNED_TRIGGERS: '0' }, (note) => notes.push(note)), { learnedTriggers: false, learnedPairs: true });
  assert.equal(notes.length, 1);
  notes.length = 0;
  assert.deepEqual(knowledgeOptions(['--learned-pairs'], {}, (note) => notes.push(note)), { learnedPairs: true });
  assert.deepEqual(knowledgeOptions(['--learned-pairs'], { TIDINGS_LEARNED_TRIGGERS: '1' }, (note) => notes.push(note)), { learnedTriggers: true, learnedPairs: true });
  assert.deepEqual(notes, []);
});
