import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a protest participle right after a crowd is the crowd\'s protest, though the crowd is an object', async () => {
  assert.ok((await codedDyads('Guards pushed back farmers marching on the ministry in Quito')).includes('141 ECUAGR>ECUGOV'));
});

test('a state force before a protest participle is no protesting crowd', async () => {
  const dyads = await codedDyads('Rebels ambushed soldiers marching toward the border town');
  assert.ok(dyads.some((dyad) => dyad.startsWith('190 ')) && !dyads.some((dyad) => dyad.startsWith('14')), dyads.join(', '));
});

test('the supporters of a group named before a protest participle are that group\'s crowd', async () => {
  assert.ok((await codedDyads('Riot police beat opposition supporters rallying in Harare on Friday')).includes('141 ZWEOPP>ZWE'));
});

test('the fighters of an armed group before a marching participle make no protest', async () => {
  const dyads = await codedDyads('Soldiers ambushed rebel fighters marching toward the border town');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('14')), dyads.join(', '));
});

test('a participle after a protesting crowd is done by the doer of the main clause, not by the crowd', async () => {
  const dyads = await codedDyads('Soldiers opened fire on opposition supporters marching in Conakry, killing two people');
  assert.ok(dyads.includes('190 GINMIL>?'), dyads.join(', '));
  assert.ok(!dyads.includes('190 GINOPP>?'), dyads.join(', '));
});
