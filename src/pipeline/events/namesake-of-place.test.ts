import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test("a known person's name in a building's name acts in nothing", async () => {
  assert.deepEqual(await codedDyads('Police fired tear gas at students outside Jinnah Hospital in Lahore'), ['175 PAKCOP>PAKEDU']);
});
