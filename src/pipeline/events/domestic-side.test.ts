import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('the opposition a state accuses in a sentence naming only that state is its own', async () => {
  assert.ok((await codedDyads('Zambia\'s president accused the opposition of plotting a coup')).includes('112 ZMBGOV>ZMBOPP'));
});

test('the opposition a state accuses in a sentence naming another country is not given the accuser\'s country', async () => {
  assert.ok((await codedDyads('After talks in Caracas, the US envoy accused the opposition of walking away')).every((dyad) => !dyad.includes('USAOPP')));
});
