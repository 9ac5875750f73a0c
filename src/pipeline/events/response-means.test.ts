import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a levy a response is made with is the responding side\'s act', async () => {
  const dyads = await codedDyads('Canada hit back with a 20 percent levy on all American cheese.');
  assert.ok(dyads.includes('163 CAN>USA'), dyads.join(', '));
});

test('the means of a later response stand as acts of their own after an earlier verb event', async () => {
  const dyads = await codedDyads('Gunmen seized two border guards on Monday, and Turkey retaliated with air strikes on northern Iraq.');
  assert.ok(dyads.some((dyad) => dyad.startsWith('19') && dyad.includes('TUR>IRQ')), dyads.join(', '));
});

test('a response only threatened with possible measures codes none of them', async () => {
  const dyads = await codedDyads('Canada imposed quotas on Mexican steel, and Mexico responded with possible levies on Canadian pork.');
  assert.ok(!dyads.some((dyad) => dyad.includes('MEX>CAN')), dyads.join(', '));
});
