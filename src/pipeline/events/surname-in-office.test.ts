import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a bare surname is the office holder of that name whose country the sentence names', async () => {
  const dyads = await codedDyads('Mr. Kim and Mr. Putin signed a new security treaty at a ceremony, North Korean state media reported.');
  assert.ok(dyads.includes('057 RUSGOV>PRKGOV') && dyads.includes('057 PRKGOV>RUSGOV'), dyads.join(', '));
});

test('a bare surname stays unnamed when no office holder of a country in the sentence bears it', async () => {
  const dyads = await codedDyads('Kim praised the new stadium, and Brazil welcomed the plan.');
  assert.ok(!dyads.some((dyad) => dyad.includes('PRK')), dyads.join(', '));
});

test('a bare surname stays unnamed when the sentence names no country at all', async () => {
  const dyads = await codedDyads('Kim criticised the referee after the match.');
  assert.ok(!dyads.some((dyad) => dyad.includes('PRK')), dyads.join(', '));
});

test('a bare surname beside a country is no office holder when the sentence names no other one and no honorific', async () => {
  const dyads = await codedDyads("Silva signed a new contract with the club, Brazil's football federation said.");
  assert.ok(!dyads.some((dyad) => dyad.includes('BRAGOV')), dyads.join(', '));
});

test('a bare surname introduced as "a teacher" is someone new, not the office holder of that name', async () => {
  const dyads = await codedDyads("Ahmed, a teacher in Addis Ababa, accused President Putin of neglecting Ethiopia's schools.");
  assert.ok(!dyads.some((dyad) => dyad.startsWith('112 ETHGOV')), dyads.join(', '));
});
