import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('protesters the police arrested protested, against their own government', async () => {
  assert.ok((await codedDyads('Kenyan police arrested scores of protesters in Nairobi')).includes('141 KENOPP>KENGOV'));
});

test('rioters the police arrested or fought are no sign of a demonstration', async () => {
  const arrested = await codedDyads('Brussels police arrested 30 rioters after the match');
  assert.ok(arrested.includes('173 BELCOP>BELCVL') && !arrested.some((dyad) => dyad.startsWith('141')), arrested.join(', '));
  const fought = await codedDyads('Rioters in Brussels clashed with police after the match');
  assert.ok(fought.includes('190 BELCOP>BELCVL') && !fought.some((dyad) => dyad.startsWith('141')), fought.join(', '));
});
