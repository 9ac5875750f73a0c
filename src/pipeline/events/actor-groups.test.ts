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

test('fighters said to be allied to a named group act as that group, not as people of the place they strike', async () => {
  const dyads = await codedDyads('Boko Haram and allied gunmen attacked a school in northeast Nigeria.');
  assert.ok(dyads.includes('180 NGAREB>NGA'), dyads.join(', '));
  assert.ok(!dyads.some((dyad) => dyad.includes('NGAUAF>')), dyads.join(', '));
});

test('an adjective between "allied" and the fighters keeps them helpers of the named group', async () => {
  const dyads = await codedDyads('Hezbollah fighters and allied Arab militias fired rockets at Israeli troops.');
  assert.ok(dyads.some((dyad) => dyad.startsWith('194 LBNREB>ISRMIL')), dyads.join(', '));
  assert.ok(!dyads.some((dyad) => dyad.includes('ISRUAF>') || dyad.includes('ISRREB>')), dyads.join(', '));
});

test('allied fighters of a country of their own are no mere helpers', async () => {
  const dyads = await codedDyads('Hezbollah fighters and allied Palestinian gunmen fired rockets at Israeli troops.');
  assert.ok(dyads.some((dyad) => dyad.startsWith('194 PSE')), dyads.join(', '));
});

test('unnamed fighters joined without "allied" keep a slot of their own', async () => {
  const dyads = await codedDyads('Kenyan soldiers and local militias attacked an al-Shabaab camp in Somalia.');
  assert.ok(dyads.some((dyad) => dyad.startsWith('190 KENMIL>SOMREB')), dyads.join(', '));
});
