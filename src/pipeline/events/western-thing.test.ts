import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a depot of Western-made arms struck by a missile is no strike on the Western powers', async () => {
  const dyads = await codedDyads('Moldavian officials said their missiles had hit a warehouse holding Western rifles near the front.');
  assert.ok(!dyads.some((dyad) => dyad.includes('>WST')), dyads.join(', '));
});

test('a region named West is a place, not the Western powers, and leaves the country the only one in its sentence', async () => {
  const dyads = await codedDyads('Gangs raided a prison in Haiti overnight, and the government imposed a curfew in the West department.');
  assert.ok(!dyads.some((dyad) => dyad.includes('WST')), dyads.join(', '));
  assert.ok(dyads.some((dyad) => dyad.includes('HTIGOV>')), dyads.join(', '));
});

test('Western countries and the West alone are still the Western powers', async () => {
  const dyads = await codedDyads('Russia warned Western countries on Friday against sending more tanks.');
  assert.ok(dyads.some((dyad) => dyad.includes('RUS>WST')), dyads.join(', '));
  const alone = await codedDyads('Russia warned the West on Friday against sending more tanks.');
  assert.ok(alone.some((dyad) => dyad.includes('RUS>WST')), alone.join(', '));
});

test('the demands and the politicians of the West are still the Western powers', async () => {
  const demands = await codedDyads('Moscow rejected Western demands to pull its soldiers back.');
  assert.ok(demands.some((dyad) => dyad.includes('>WST')), demands.join(', '));
  const politicians = await codedDyads('Beijing warned Western politicians against travelling to Taiwan.');
  assert.ok(politicians.some((dyad) => dyad.includes('>WST')), politicians.join(', '));
});
