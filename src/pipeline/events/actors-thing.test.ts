import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('rejecting a thing a "by" phrase says an actor made is a rejection of that actor', async () => {
  const dyads = await codedDyads('Norway rejected a report by UN experts on its fishing fleet.');
  assert.ok(dyads.some((dyad) => dyad.startsWith('12') && dyad.includes('NOR>IGOUNO')), dyads.join(', '));
});

test("rejecting an actor's demand named before it is a rejection of that actor", async () => {
  const dyads = await codedDyads('Chile rejected a Bolivian demand for access to the sea.');
  assert.ok(dyads.some((dyad) => dyad.startsWith('12') && dyad.includes('CHL>BOL')), dyads.join(', '));
});

test('rejecting a thing no actor is named in stays uncoded', async () => {
  const dyads = await codedDyads('Chile rejected the report on Monday.');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('12')), dyads.join(', '));
});
