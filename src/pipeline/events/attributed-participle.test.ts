import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('a spoken participle after an attribution is the speaker\'s when a state acted', async () => {
  assert.ok((await codedDyads('Turkish troops shelled a Syrian army post overnight, a Syrian army spokesman said, demanding a withdrawal')).includes('106 SYRMIL>TURMIL'));
});

test('a spoken participle after an attribution stays the crowd\'s when a crowd acted', async () => {
  assert.ok((await codedDyads('Protesters blocked the main highway out of Lima, Peruvian police said, accusing the government of corruption')).every((dyad) => !dyad.startsWith('1121 PERCOP')));
});
