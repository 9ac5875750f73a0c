import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test("a visit after a verb event is coded when a possessor names its visitor and its place follows", async () => {
  const dyads = await codedDyads("Beijing protested on Friday against the Danish premier's trip to Taiwan.");
  assert.ok(dyads.some((dyad) => dyad.startsWith('042 DNK') && dyad.endsWith('>TWN')), dyads.join(', '));
});

test('an expulsion after a verb event is coded when a possessor names who expels', async () => {
  const dyads = await codedDyads("Bolivia withdrew its envoy from Lima over Peru's expulsion of Bolivian traders.");
  assert.ok(dyads.some((dyad) => dyad.startsWith('174 PER')), dyads.join(', '));
});

test('a visit named by a "by" agent right after it is the agent\'s', async () => {
  const dyads = await codedDyads('Austria freed three detainees on Sunday after a visit by the Iranian foreign minister to Vienna.');
  assert.ok(dyads.some((dyad) => dyad.startsWith('042 IRN') && dyad.endsWith('>AUT')), dyads.join(', '));
});

test('a visit after a verb event named only by a "by" agent of no country codes no second visit', async () => {
  const dyads = await codedDyads('Chile received the king of Spain in Santiago on Monday, a rare visit by a prime minister to the Andes.');
  assert.deepEqual(dyads.filter((dyad) => dyad.startsWith('042')), ['042 ESPGOV>CHL']);
});

test("a noun whose possessor is the verb's own subject restates the verb's act and is not coded again", async () => {
  const dyads = await codedDyads('Chile condemned its own expulsion of Bolivian traders.');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('174')), dyads.join(', '));
});

test('a visit only planned or coming up is no act told in passing', async () => {
  const dyads = await codedDyads("Beijing protested against the Danish premier's upcoming trip to Taiwan.");
  assert.ok(!dyads.some((dyad) => dyad.startsWith('042')), dyads.join(', '));
});

test('talks after a verb event are coded between the two sides named after "between"', async () => {
  const dyads = await codedDyads('The EU praised the renewal of talks between Armenia and Azerbaijan on Monday.');
  assert.ok(dyads.includes('040 ARM>AZE') && dyads.includes('040 AZE>ARM'), dyads.join(', '));
});

test('talks named as what a meeting discussed are its topic, not a second meeting', async () => {
  const dyads = await codedDyads('France discussed the talks between Armenia and Azerbaijan.');
  assert.ok(!dyads.includes('040 ARM>AZE'), dyads.join(', '));
});

test("a visit a possessor owns after a hosting verb restates the visit received and is not coded again", async () => {
  const dyads = await codedDyads("Peru's president received the Chilean president in Lima on Monday, the Chilean leader's first visit to Peru in years.");
  assert.deepEqual(dyads.filter((dyad) => dyad.startsWith('04')).sort(), ['042 CHLGOV>PERGOV', '043 PERGOV>CHLGOV']);
});
