import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('any act given a condemning name by a bare naming verb is criticism of whoever did it', async () => {
  assert.ok((await codedDyads('Chile shelled a border village, and the Peruvian foreign minister called it a grave provocation')).includes('111 PERGOV>CHL'));
  assert.ok((await codedDyads('Chile expelled two Peruvian diplomats on Friday, and the Peruvian foreign minister called the expulsions unjustified')).includes('111 PERGOV>CHL'));
});

test('a naming verb with no condemning name after the thing named codes no criticism', async () => {
  assert.ok(!(await codedDyads('Chile expelled two Peruvian diplomats on Friday, and the Peruvian foreign minister called the expulsions a surprise')).some((dyad) => dyad.startsWith('111')));
});

test('a place or opponent inside the thing named is not taken for whoever did it', async () => {
  assert.ok(!(await codedDyads('The Welsh coach called the defeat to Belgium a disgrace and apologised to the fans')).some((dyad) => dyad.startsWith('111')));
  assert.ok(!(await codedDyads('The Kenyan runner called the starting rules in Paris unfair after she was disqualified')).some((dyad) => dyad.startsWith('111')));
});
