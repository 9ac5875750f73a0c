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

test('the US executive departments named bare are the US government and its courts', async () => {
  const sanctions = await codedDyads('The Treasury Department announced fresh sanctions against four army generals from Chad.');
  assert.ok(sanctions.some((dyad) => dyad.startsWith('163 USAGOV>')), sanctions.join(', '));
  const charges = await codedDyads('The U.S. Justice Department charged three Chinese nationals with smuggling rifles.');
  assert.ok(charges.some((dyad) => dyad.includes(' USAJUD>CHN')), charges.join(', '));
});

test("another country's justice department is no US body", async () => {
  const dyads = await codedDyads('The Philippine Justice Department charged three police officers with murder.');
  assert.ok(!dyads.some((dyad) => dyad.includes('USA')), dyads.join(', '));
});
