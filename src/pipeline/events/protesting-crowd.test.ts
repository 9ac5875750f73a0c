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
