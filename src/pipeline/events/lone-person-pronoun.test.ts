import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a "he" after ", and" past a place opens its own clause, so the place is not a second doer', async () => {
  const dyads = await codedDyads('Kenyan President William Ruto stepped down on Sunday as rebel columns neared Nairobi, and he later accused Uganda of arming them');
  assert.ok(dyads.includes('112 KENGOV>UGA'));
  assert.ok(!dyads.includes('112 KEN>UGA'));
});

test('a country named after ", and" with an adverb before its verb starts a new clause', async () => {
  const dyads = await codedDyads('Ecuadorean troops struck a camp in Colombia, and Bogota later recalled its ambassador from Quito');
  assert.ok(dyads.includes('161 COLGOV>ECU'));
});

test('a "he" in a reported clause is left to the speaker rules, so a verb before the comma keeps its own object', async () => {
  const dyads = await codedDyads('Ghanaian President John Mahama, who visited the port on Monday, said he would meet Togo\'s leader');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('042 GHAGOV>GHAGOV')));
});

test('a "he" after two people of different countries stands for neither', async () => {
  const dyads = await codedDyads('Lula met Milei in Brasilia, and he later accused Venezuela of meddling');
  assert.ok(dyads.includes('112 ?>VEN'));
});
