import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCameoCodes, cameoCode } from '../../knowledge/cameo/cameo-ontology.ts';
import { BUILTIN_PATTERNS } from './builtin-patterns.ts';
import { compilePattern, indexPatterns } from './event-pattern.ts';
import { parseTabariVerbs } from './parse-tabari-verbs.ts';

test('knows every CAMEO root with its QuadClass and Goldstein figure', () => {
  const roots = allCameoCodes().filter((code) => code.code.length === 2);
  assert.equal(roots.length, 20);
  assert.equal(cameoCode('0411')?.baseCode, '041');
  assert.deepEqual([cameoCode('04')?.quadClass, cameoCode('07')?.quadClass, cameoCode('13')?.quadClass, cameoCode('19')?.quadClass], [1, 2, 3, 4]);
  assert.equal(cameoCode('190')?.goldstein, -10);
});

test('has built-in patterns for all 20 CAMEO roots, each with a unique rule id', () => {
  const roots = new Set(BUILTIN_PATTERNS.map((pattern) => pattern.code.slice(0, 2)));
  assert.equal(roots.size, 20);
  for (const pattern of BUILTIN_PATTERNS) compilePattern(pattern, 'built-in');
  const ids = BUILTIN_PATTERNS.map((pattern) => pattern.id);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, index) => ids.indexOf(id) !== index).join(', ')}`);
});

test('splits a final preposition off a phrase as the target marker', () => {
  const pattern = compilePattern({ id: 't', code: '072', phrase: 'send troop|soldier to' }, 'test');
  assert.deepEqual(pattern.words, [['send'], ['troop', 'soldier']]);
  assert.deepEqual(pattern.targetPrepositions, ['to']);
});

test('rejects a pattern whose code is not CAMEO, naming the pattern', () => {
  assert.throws(() => compilePattern({ id: 'mine', code: '999', phrase: 'frobnicate' }, 'my.json'), /`mine` in my\.json has code `999`/);
});

test('lets user patterns own a trigger word so built-in ones for it stay out', () => {
  const user = [compilePattern({ id: 'u', code: '051', phrase: 'hail' }, 'user')];
  const builtin = [compilePattern({ id: 'b', code: '111', phrase: 'hail' }, 'built-in'), compilePattern({ id: 'c', code: '040', phrase: 'meet' }, 'built-in')];
  const index = indexPatterns(user, builtin);
  assert.deepEqual(index.get('hail')?.map((pattern) => pattern.id), ['u']);
  assert.deepEqual(index.get('meet')?.map((pattern) => pattern.id), ['c']);
});

test('reads a TABARI verb block: default code, irregular forms, patterns around the verb with synsets, reverse codes', () => {
  const patterns = parseTabariVerbs(
    '&TIEKIND\n+TRADE\n+MILITARY\n\n--- MEND  [050]  ---\nMEND {MENDS MENDED}\n- * &TIEKIND TIES [061]\n- SAID * [010]\n\n--- HOST [043:042] ---\nHOST\n',
    'verbs.txt',
  );
  assert.deepEqual(patterns.map((pattern) => [pattern.code, pattern.phrase, pattern.before?.join(' ') ?? '', pattern.reverseCode ?? '']), [
    ['050', 'mend|mends|mended', '', ''],
    ['061', 'mend|mends|mended trade|military ties', '', ''],
    ['010', 'mend|mends|mended', 'said', ''],
    ['043', 'host', '', '042'],
  ]);
});
