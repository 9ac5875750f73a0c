import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('riot weapons used with no one named are used on the crowd whose protest came before', async () => {
  assert.ok((await codedDyads('Students in Dakar rallied against fuel prices, and police responded with tear gas')).includes('175 SENCOP>SENEDU'));
});

test('riot weapons used with no protest before them take no crowd as target', async () => {
  const dyads = await codedDyads('Students in Dakar sat their exams on Monday, and police fired tear gas near the stadium');
  assert.ok(!dyads.some((dyad) => dyad.startsWith('175') && dyad.endsWith('EDU')), dyads.join(', '));
});
