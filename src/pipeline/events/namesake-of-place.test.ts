import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test("a known person's name in a building's name acts in nothing", async () => {
  // Without the rule, Kenyatta (KENELI in the built-in dictionary) becomes the target of the tear gas.
  const dyads = await codedDyads('Police fired tear gas at Kenyatta University students');
  assert.ok(dyads.some((dyad) => dyad.startsWith('175')), dyads.join(', '));
  assert.ok(!dyads.some((dyad) => dyad.includes('ELI')), dyads.join(', '));
});
