import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a group tied to an actor of a country acts as that country\'s group', async () => {
  assert.ok((await codedDyads('Fighters loyal to Haftar shelled Tripoli')).includes('194 LBYREB>LBY'));
  assert.ok((await codedDyads('Militants linked to al-Shabaab killed three soldiers in Kenya')).includes('190 SOMREB>KENMIL'));
});

test("officials 'close to' a leader are that leader's side, no tie to another group", async () => {
  assert.ok((await codedDyads('Officials close to Netanyahu accused Hamas of stalling')).includes('112 ISRGOV>PSEREB'));
});
