import assert from 'node:assert/strict';
import { test } from 'node:test';
import { taggedTokens } from '../../../test/support/tagged-tokens.ts';
import { isNounTaggedAdjective } from './noun-tagged-adjective.ts';

test("an adjective ending a phrase a determiner or a possessor opens, with a preposition next, is the phrase's head noun", () => {
  assert.equal(isNounTaggedAdjective(taggedTokens('the/DET Gondorian/ADJ offensive/ADJ against/ADP Mordor/PROPN'), 2), true);
  assert.equal(isNounTaggedAdjective(taggedTokens("Rohan/PROPN 's/PART offensive/ADJ on/ADP Isengard/PROPN"), 2), true);
});

test('an adjective that describes a noun after it, or stands after a verb, stays an adjective', () => {
  assert.equal(isNounTaggedAdjective(taggedTokens('the/DET offensive/ADJ line/NOUN held/VERB'), 1), false);
  assert.equal(isNounTaggedAdjective(taggedTokens('the/DET remarks/NOUN were/AUX offensive/ADJ to/ADP voters/NOUN'), 3), false);
});
