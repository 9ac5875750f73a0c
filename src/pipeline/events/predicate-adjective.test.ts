import assert from 'node:assert/strict';
import { test } from 'node:test';
import { taggedTokens } from '../../../test/support/tagged-tokens.ts';
import { isPredicateAdjective } from './predicate-adjective.ts';

// The hand-tagged tokens' lemmas are their lower-cased text: the copulas get their dictionary forms here.
const BASE_FORMS: Readonly<Record<string, string>> = { was: 'be', is: 'be', stood: 'stand', were: 'be' };
const tagged = (text: string): ReturnType<typeof taggedTokens> => taggedTokens(text).map((token) => ({ ...token, lemma: BASE_FORMS[token.lemma] ?? token.lemma }));

test('an adjective a copula predicates of the subject, past an adverb, a negation or a quote mark, is the predicate', () => {
  assert.equal(isPredicateAdjective(tagged('Gondor/PROPN was/AUX ready/ADJ to/PART talk/VERB'), 2), true);
  assert.equal(isPredicateAdjective(tagged('he/PRON was/AUX cautiously/ADV optimistic/ADJ'), 3), true);
  assert.equal(isPredicateAdjective(tagged('he/PRON is/AUX not/PART "/PUNCT hopeful/ADJ'), 4), true);
  assert.equal(isPredicateAdjective(tagged('Rohan/PROPN stood/VERB ready/ADJ to/PART help/VERB'), 2), true);
});

test('an adjective before its noun, or after a degree that compares or judges, is no predicate', () => {
  assert.equal(isPredicateAdjective(tagged('the/DET ready/ADJ supply/NOUN'), 1), false);
  assert.equal(isPredicateAdjective(tagged('the/DET forecasts/NOUN were/AUX too/ADV optimistic/ADJ'), 4), false);
  assert.equal(isPredicateAdjective(tagged('Rohan/PROPN is/AUX more/ADV optimistic/ADJ than/ADP Gondor/PROPN'), 3), false);
});
