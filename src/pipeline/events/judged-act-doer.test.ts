import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('calling "it" a provocation after another actor\'s act judges whoever did that act', async () => {
  const dyads = await codedDyads('Peru shelled a Chilean border post on Monday, and Chile called it a provocation.');
  assert.ok(dyads.includes('111 CHL>PER'), dyads.join(', '));
});

test('calling "the incident" a provocation after another actor\'s act judges whoever did that act', async () => {
  const dyads = await codedDyads('Peru shelled a Chilean border post, and Chile called the incident a grave provocation.');
  assert.ok(dyads.includes('111 CHL>PER'), dyads.join(', '));
});

test('a doer inside a relative clause is not the one whose act is judged', async () => {
  const dyads = await codedDyads('Peru shelled a hotel where Chilean envoys were staying, and Bolivia called it a provocation.');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('111 BOL>CHL')), dyads.join(', '));
});

test('calling "it" something with no act told before codes no judgement', async () => {
  const dyads = await codedDyads('Chile called it a provocation.');
  assert.deepEqual(dyads, []);
});
