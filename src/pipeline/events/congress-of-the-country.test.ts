import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test("'Congress in' a city of a country whose legislature has that name is that country's legislature", async () => {
  assert.ok((await codedDyads('Teachers marched on Congress in Asuncion to demand higher pay')).includes('141 PRYEDU>PRYLEG'));
});

test('Congress with a place outside its own phrase, or in a country with no Congress, stays the US Congress', async () => {
  assert.ok((await codedDyads('Speaking in Kyiv, Zelensky urged Congress to approve more aid')).includes('020 UKRGOV>USALEG'));
  assert.ok((await codedDyads('Congress condemned the crackdown in Caracas')).includes('111 USALEG>VEN'));
});

test('a Congress stormed or marched on, in a sentence whose only country has a Congress, is that country\'s legislature', async () => {
  assert.ok((await codedDyads('Protesters in Lima stormed Congress on Sunday')).includes('145 PEROPP>PERLEG'));
  assert.ok((await codedDyads('Farmers angry at fuel prices marched on Congress in central Santiago')).some((dyad) => dyad.endsWith('>CHLLEG')));
});

test('a Congress stormed in a sentence about a country with no Congress, or about two countries, stays the US Congress', async () => {
  assert.ok((await codedDyads('Protesters in Kyiv stormed Congress')).includes('145 UKROPP>USALEG'));
  assert.ok((await codedDyads('Rioters stormed Congress, and Mexico condemned the attack')).every((dyad) => !dyad.includes('MEXLEG')));
});

test("a congress owned by a country whose legislature has that name is that country's, however it is written", async () => {
  assert.ok((await codedDyads("Chile's congress voted to impeach the interior minister")).some((dyad) => dyad.includes('CHLLEG>')));
  assert.ok((await codedDyads("Mexico's Congress condemned the US strike on a cartel camp")).includes('111 MEXLEG>USA'));
});
