import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a "he" after ", and" past a place opens its own clause, so the place is not a second doer', async () => {
  const dyads = await codedDyads('Kenyan President William Ruto stepped down on Sunday as rebel columns neared Nairobi, and he later accused Uganda of arming them');
  assert.ok(dyads.includes('112 KENGOV>UGA'));
  assert.ok(!dyads.includes('112 KEN>UGA'));
});

test('a country named after ", and" with an adverb before its verb starts a new clause', async () => {
  const dyads = await codedDyads('Ecuadorean troops struck a camp in Colombia, and Bogota later recalled its ambassador from Quito');
  assert.ok(dyads.includes('161 COLGOV>ECU'));
});

test('a "he" opening a reported clause is the speaker, and the visit before it keeps to its own place', async () => {
  const dyads = await codedDyads('Ghanaian President John Mahama, who visited the port on Monday, said he would meet Togo\'s leader');
  assert.deepEqual(dyads, ['040 GHAGOV>TGOGOV', '040 TGOGOV>GHAGOV']);
});

test('a "he" after two people of different countries stands for neither', async () => {
  const dyads = await codedDyads('Lula met Milei in Brasilia, and he later accused Venezuela of meddling');
  assert.ok(dyads.includes('112 ?>VEN'));
});

test('a "he" after a second person named only by a role noun stands for no one', async () => {
  const dyads = await codedDyads('Nigerian President Bola Tinubu met a wounded soldier in Abuja, and he thanked Chad for its help');
  assert.ok(!dyads.includes('051 NGAGOV>TCD'), dyads.join(', '));
  assert.ok(!(await codedDyads('Ursula von der Leyen thanked her husband, and he later accused Austria of lying')).includes('112 IGOEEU>AUT'));
});

test('a role written after "as" is the person\'s own, so the "he" after it still stands for that person', async () => {
  assert.ok((await codedDyads('Colombian President Gustavo Petro spoke as head of the regional bloc, and he later criticised Ecuador')).includes('111 COLGOV>ECU'));
});

test('a "he" right after "which" or "what" is left unread, so a naming verb codes no appeal', async () => {
  const dyads = await codedDyads('Colombian President Gustavo Petro rejected the ruling, which he called an attack on his government');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('020')), dyads.join(', '));
});
