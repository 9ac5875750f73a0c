import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a warning about what the speaker’s own side will do is aimed at the other country its complement names', async () => {
  const dyads = await codedDyads('Peru’s foreign minister warned on Monday that Lima would respond if Chile moved troops to the border');
  assert.ok(dyads.some((dyad) => dyad.startsWith('13') && dyad.includes('PERGOV>CHL')), dyads.join(', '));
});

test('a warning naming only the speaker’s own side still codes no event against itself', async () => {
  const dyads = await codedDyads('Peru’s foreign minister warned on Monday that Lima would not stay silent');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('13')), dyads.join(', '));
});

test('a warning about the speaker’s own side with no other side in a condition is aimed at no other country it names', async () => {
  const dyads = await codedDyads('Spain’s economy minister warned on Monday that Madrid would miss its deficit target this year, unlike Portugal');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('13') && dyad.includes('>PRT')), dyads.join(', '));
});
