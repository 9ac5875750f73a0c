import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';
import { createAnalyzer } from '../analyzer.ts';

test('writes an attack whose doer the report does not know with `---` as its source, as the eval does', async () => {
  assert.deepEqual(await codedDyads('Kenyan opposition leader Peter Otieno was shot dead at his front gate in Mombasa on Friday.'), ['186 --->KENOPP']);
  assert.deepEqual(await codedDyads('A roadside bomb killed three Malian soldiers near Gao on Thursday.'), ['1833 --->MLIMIL']);
});

test('names no unknown doer once a claim names who struck', async () => {
  const doc = (await createAnalyzer({ learnedTriggers: false })).analyze('A roadside bomb killed five Somali soldiers near Baidoa on Monday, in an assault claimed by al-Shabaab.', { published: '2025-03-12' });
  const bombing = doc.events.find((event) => event.code === '1833');
  assert.equal(bombing?.sourceCode, 'SOMREB');
  assert.equal(bombing?.isSourceUnknown, undefined);
});
