import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCameoCodes, cameoCode } from '../../knowledge/cameo/cameo-ontology.ts';
import { BUILTIN_PATTERNS } from './builtin-patterns.ts';
import { compilePattern, indexPatterns } from './event-pattern.ts';
import type { Token } from '../../model/token.ts';
import { findTrigger } from './find-trigger.ts';
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

test('reads TABARI marks: `_` joins words, `+`/`$` place the actors, `^` passes one over, `%` asks for a compound', () => {
  const patterns = parseTabariVerbs(
    '&COIN_\n+GUILDERS\n+SILVER MARKS\n\n--- GRANT [070] ---\nGRANT\n- * NEW_&COIN [071]\n- + SHYLY * LOAN $ [072]\n- * FEAST IN ^ + [073]\n- % * [074:074]\n',
    'verbs.txt',
  ).map((pattern) => compilePattern(pattern, 'verbs.txt', true));
  const shapes = patterns.map((pattern) => [pattern.code, pattern.words.map((word) => word.join('|')).join(' '), pattern.wordAdjacent?.join(',') ?? '', pattern.slots?.map((slot) => `${slot.role}@${slot.side}${slot.word}^${slot.skip}`).join(' ') ?? '']);
  assert.deepEqual(shapes, [
    ['070', 'grant', 'false', ''],
    ['071', 'grant new guilders', 'false,false,true', ''],
    ['071', 'grant new silver marks', 'false,false,true,false', ''],
    ['072', 'grant loan', 'false,false', 'source@after1^0 target@before0^0'],
    ['073', 'grant feast in', 'false,false,false', 'target@after2^1'],
    ['074', 'grant', 'false', ''],
  ]);
  assert.equal(patterns[5]?.isSymmetric, true);
  assert.equal(patterns[5]?.reverseCode, '074');
});

test('matches TABARI words only as written and next to each other where `_` joins them', () => {
  const index = indexPatterns(parseTabariVerbs('--- GRANT [070] ---\nGRANT\n- * NEW_LOANS [071]\n- * EFFORT [072]\n', 'verbs.txt').map((pattern) => compilePattern(pattern, 'verbs.txt', true)));
  const code = (text: string): string | undefined => {
    const tokens = text.split(' ').map((word, position) => ({ text: word, lemma: word.replace(/s$/, ''), pos: position === 1 ? 'VERB' : 'NOUN', precededBySpace: true }) as unknown as Token);
    return findTrigger(tokens, 1, tokens.length - 1, index)?.pattern.code;
  };
  assert.equal(code('Gondor grant new loans'), '071');
  assert.equal(code('Gondor grant new cheap loans'), '070');
  assert.equal(code('Gondor grant efforts'), '070');
  assert.equal(code('Gondor grant effort'), '072');
});
