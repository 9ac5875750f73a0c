import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test("a movement's branch named by a country fights as that country's armed group", async () => {
  assert.ok((await codedDyads("Al-Shabaab's Kenyan cell attacked a police post near Lamu")).includes('190 KENREB>KENCOP'));
  assert.ok((await codedDyads("The Hezbollah movement's Syrian wing attacked a checkpoint near Homs")).includes('190 SYRREB>SYR'));
});

test("a country's own body after a movement's name is no branch of it", async () => {
  const dyads = await codedDyads("Hamas's Egyptian hosts condemned the raid");
  assert.ok(!dyads.some((dyad) => dyad.includes('EGYREB')), dyads.join(', '));
});
