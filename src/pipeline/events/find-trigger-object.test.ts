import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('two verbs joined by "and" before one object share it', async () => {
  assert.ok((await codedDyads('Police in Ghana arrested and charged four smugglers on Friday')).includes('173 GHACOP>GHACRM'));
});

test('a verb of leaving before "and" takes no object from the verb after it', async () => {
  const dyads = await codedDyads('Israeli troops withdrew and left civilians without water');
  assert.ok(dyads.includes('0874 ISRMIL>?'), dyads.join(', '));
});
