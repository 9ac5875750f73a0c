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

test('people held between a verb and the rest of its pattern are its object', async () => {
  const dyads = await codedDyads('Moroccan police took two student activists into custody on Tuesday');
  assert.ok(dyads.includes('173 MARCOP>MAROPP'), dyads.join(', '));
});

test('a government held hostage in a figure of speech is no one taken hostage', async () => {
  const dyads = await codedDyads('Dock unions in Lisbon held the government hostage with a week of strikes');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('181') && dyad.endsWith('GOV')), dyads.join(', '));
  // The same frame with people held still finds them, so the check above is not passed by a pattern that never fires.
  assert.ok((await codedDyads('Malian rebels held two French aid workers hostage')).includes('181 MLIREB>FRANGO'));
});

test('a symmetric act whose topic names a place takes its partner from the "with" after that place', async () => {
  assert.ok((await codedDyads('The Malaysian foreign minister discussed the fighting in Khartoum with his Turkish counterpart on Monday')).includes('040 MYSGOV>TURGOV'));
  assert.ok((await codedDyads('Kazakhstan signed a gas deal in Baku with Azerbaijan on Monday')).includes('057 KAZ>AZE'));
});

test('a "with" past a place and a comma names no partner', async () => {
  assert.ok((await codedDyads("Kenya's president held talks in Nairobi, with Ethiopia's leader expected later")).includes('040 KENGOV>?'));
});
