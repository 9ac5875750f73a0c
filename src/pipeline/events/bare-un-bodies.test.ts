import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a body named in "a draft … resolution" is the UN\'s', async () => {
  assert.ok((await codedDyads('Norway turned down a draft General Assembly resolution on the strait')).includes('120 NOR>IGOUNO'));
});

test('a body named in "the draft … resolution" is not read as the UN\'s: a definite draft is one the story has already placed', async () => {
  const dyads = await codedDyads('Lawmakers in Richmond rejected the draft General Assembly resolution on school funding');
  assert.ok(dyads.every((dyad) => !dyad.includes('IGOUNO')), dyads.join(', '));
});
