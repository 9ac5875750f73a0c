import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('people called foreign are not of the country they are in', async () => {
  const dyads = await codedDyads('Gunmen kidnapped foreign nationals in Niger');
  assert.ok(!dyads.some((dyad) => dyad.endsWith('>NERCVL')), dyads.join(', '));
});

test('an age or other hyphened word before a person leaves the article in reach', async () => {
  assert.ok((await codedDyads('Police in Osaka detained a middle-aged man over the fire')).includes('173 JPNCOP>JPNCVL'));
});

test("a person noun with a possessive ending names a kind of thing, not people", async () => {
  const dyads = await codedDyads("Gunmen attacked a women's shelter in Kabul");
  assert.ok(dyads.includes('180 AFGUAF>AFG') && !dyads.some((dyad) => dyad.endsWith('CVL')), dyads.join(', '));
});
