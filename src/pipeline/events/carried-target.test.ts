import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a threat joined to an attack, with no addressee of its own, is aimed at whom the attack hit', async () => {
  assert.ok((await codedDyads('North Korea launched a missile over Japan and warned of more launches')).includes('130 PRK>JPN'));
});

test('a demand, threat or rejection with an object of its own takes no target from the act before it', async () => {
  assert.ok((await codedDyads('The United States imposed sanctions on Iran and then threatened its allies')).includes('130 USA>?'));
  assert.ok((await codedDyads('China welcomed the Philippine foreign minister and then rejected the tribunal ruling')).includes('120 CHN>?'));
  assert.ok((await codedDyads('Iran seized a British tanker and rejected the new nuclear proposal')).includes('125 IRN>?'));
  assert.ok((await codedDyads('Venezuela arrested three American citizens and demanded that its opposition leaders surrender')).includes('100 VEN>?'));
});
