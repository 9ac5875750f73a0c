import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test("a protest at home that names no one it is against is aimed at the crowd's own country", async () => {
  assert.ok((await codedDyads('Thousands of Serbians marched in Belgrade on Saturday')).includes('141 SRBCVL>SRB'));
  assert.ok((await codedDyads('Portuguese nurses went on strike for the third straight day over pay')).includes('143 PRTHLH>PRT'));
});

test('a protest about a foreign cause, or a rally in support of someone, keeps no target', async () => {
  assert.deepEqual(await codedDyads('Thousands of Jordanians protested in Amman over the war in Gaza'), ['140 JORCVL>---']);
  assert.deepEqual(await codedDyads('Thousands of Pakistanis rallied in Lahore in solidarity with Palestinians'), ['141 PAKCVL>---']);
  assert.deepEqual(await codedDyads('Thousands of Moroccans marched in Rabat on Friday to show support for the king'), ['141 MARCVL>---']);
  assert.ok((await codedDyads('Indian fishermen went on strike in Chennai after Sri Lanka seized their boats')).includes('143 INDCVL>---'));
});
