import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a call for mediation that names no broker does not hide a truce brokered later in the sentence', async () => {
  const dyads = await codedDyads('Sudan called for mediation last week, and on Sunday its army and the RSF agreed to a truce brokered by Egypt.');
  assert.ok(dyads.includes('045 EGY>SDNMIL'), dyads.join(', '));
});

test('mediation by a named state makes it the broker, and mediation denied makes none', async () => {
  const mediated = await codedDyads('Ethiopia and Sudan signed the border deal after mediation by Qatar.');
  assert.ok(mediated.includes('045 QAT>ETH') && mediated.includes('045 QAT>SDN'), mediated.join(', '));
  const denied = await codedDyads('Ethiopia and Sudan signed the border deal without mediation by Qatar.');
  assert.ok(!denied.some((dyad) => dyad.startsWith('045')), denied.join(', '));
});
