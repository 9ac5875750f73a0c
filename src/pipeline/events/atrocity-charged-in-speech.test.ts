import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

const charges = (dyads: readonly string[]): string[] => dyads.filter((dyad) => dyad.startsWith('112'));

test("a minister saying another state's troops committed war crimes accuses them", async () => {
  const dyads = await codedDyads("Lithuania's foreign minister said Belarusian soldiers had committed war crimes");
  assert.deepEqual(charges(dyads), ['1124 LTUGOV>BLRMIL'], dyads.join(', '));
});

test("a speaker calling the claims of another army's war crimes false accuses no one", async () => {
  const dyads = await codedDyads("Croatia's defence ministry said claims that Serbian soldiers had committed war crimes were false");
  assert.deepEqual(charges(dyads), [], dyads.join(', '));
  assert.deepEqual(charges(await codedDyads("Croatia's defence ministry said Serbian soldiers had committed war crimes")), ['1124 HRVMIL>SRBMIL']);
});

test('an office investigating possible war crimes by an army has not yet accused it', async () => {
  const dyads = await codedDyads('The UN rights office said it was investigating possible war crimes by Malian troops');
  assert.deepEqual(charges(dyads), [], dyads.join(', '));
});
