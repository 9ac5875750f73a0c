import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('"the rebel group" later in the sentence that named the group is that group', async () => {
  const dyads = await codedDyads('The ELN freed a Colombian surveyor on Sunday who had been kidnapped by the rebel group in Arauca a month earlier.');
  assert.ok(dyads.some((dyad) => dyad.includes('COLREB>COL') && dyad.startsWith('181')), dyads.join(', '));
});

test('"the militia group" is never the political party named before it', async () => {
  const dyads = await codedDyads('The ANC condemned the militia group that raided a farm in KwaZulu-Natal.');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('190 ZAFPTY')), dyads.join(', '));
});
