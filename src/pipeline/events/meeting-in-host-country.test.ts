import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

const visits = (dyads: readonly string[]): string[] => dyads.filter((dyad) => dyad.startsWith('042') || dyad.startsWith('043'));

test('officials who receive a delegation in their own capital host its visit, whichever side the sentence names first', async () => {
  const dyads = await codedDyads('Chilean officials met a Bolivian delegation in Santiago on Monday');
  assert.deepEqual(visits(dyads).sort(), ['042 BOL>CHLGOV', '043 CHLGOV>BOL'], dyads.join(', '));
});

test('an ambassador meeting ministers in the capital he is posted to pays no visit', async () => {
  const dyads = await codedDyads("The Dutch ambassador met Ghana's foreign minister in Accra on Monday");
  assert.deepEqual(visits(dyads), [], dyads.join(', '));
});

test('two bare countries meeting in one of their capitals may be two national teams, and pay no visit', async () => {
  const dyads = await codedDyads('Uruguay met Paraguay in Montevideo on Sunday in a qualifier');
  assert.deepEqual(visits(dyads), [], dyads.join(', '));
});

test('talks in a third state make neither side a visitor nor the third state a host', async () => {
  const dyads = await codedDyads('Negotiators from Sudan and South Sudan held talks in Addis Ababa on Monday');
  assert.deepEqual(visits(dyads), [], dyads.join(', '));
});
