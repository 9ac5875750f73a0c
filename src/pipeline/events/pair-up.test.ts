import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('one unnamed attacker and the people attacked are not one side: the attack is coded', async () => {
  assert.ok((await codedDyads('A woman shot three people at a church in Texas')).some((dyad) => dyad.startsWith('193 ') && dyad.endsWith('>USACVL')));
  assert.ok((await codedDyads('A man stabbed three people in Solingen')).some((dyad) => dyad.startsWith('182 ') && dyad.endsWith('>DEUCVL')));
});
