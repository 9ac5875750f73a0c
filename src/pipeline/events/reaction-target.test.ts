import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a state acted on that rejects or demands with no addressee answers the side that acted', async () => {
  assert.ok((await codedDyads('Rwanda expelled two Belgian diplomats, and Brussels rejected the explanation')).includes('120 BELGOV>RWA'));
});

test('a crowd reacting, or a demand made of its own rulers, is not aimed at the earlier actor', async () => {
  assert.ok((await codedDyads('Israeli troops killed three men in Jenin, and Palestinian protesters demanded a general strike')).every((dyad) => !dyad.endsWith('>ISRMIL')));
  assert.ok((await codedDyads('Ethiopian troops crossed into Somalia, and Somali lawmakers demanded the president\'s resignation')).every((dyad) => !dyad.startsWith('1041 SOMLEG>ETH')));
});

test('a state that urges another to act and then warns it would respond threatens the state it urged', async () => {
  const dyads = await codedDyads('The foreign ministers of Finland and Estonia urged Russia on Friday to stop jamming flights, and warned they would close their airspace if it did not');
  assert.ok(dyads.includes('130 FINGOV>RUS') && dyads.includes('130 ESTGOV>RUS'), dyads.join(', '));
});
