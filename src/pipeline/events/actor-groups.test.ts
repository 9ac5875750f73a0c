import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a pair named after ", and" with a verb of its own opens a clause and is not joined to the object before', async () => {
  const dyads = await codedDyads('Rebels seized a town held by Malian soldiers, and France and Chad responded with air strikes on the rebels.');
  assert.ok(dyads.includes('195 FRA>---REB') && dyads.includes('195 TCD>---REB'), dyads.join(', '));
  assert.ok(!dyads.some((dyad) => dyad.includes('MLIMIL>')), dyads.join(', '));
});

test('a name after ", and the" with a verb of its own opens a clause too', async () => {
  const dyads = await codedDyads('Rebels ambushed a convoy escorted by Nigerian soldiers, and the United States condemned the ambush.');
  assert.ok(dyads.some((dyad) => dyad.startsWith('111 USA')), dyads.join(', '));
  assert.ok(!dyads.some((dyad) => dyad.startsWith('111 NGAMIL')), dyads.join(', '));
});
