import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('writes an attack whose doer the report does not know with `---` as its source, as the eval does', async () => {
  assert.deepEqual(await codedDyads('Kenyan opposition leader Peter Otieno was shot dead at his front gate in Mombasa on Friday.'), ['186 --->KENOPP']);
  assert.deepEqual(await codedDyads('A roadside bomb killed three Malian soldiers near Gao on Thursday.'), ['1833 --->MLIMIL']);
});

test('names no unknown doer once a claim names who struck', async () => {
  assert.ok(!(await codedDyads('A car bomb killed 30 people in Mogadishu, in an attack claimed by al-Shabaab.')).some((dyad) => dyad.includes('--->')));
});
