import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sentence, Token } from '../../src/model/token.ts';
import { outOfFoldProposers, type LabelledTrainingSentence } from '../../scripts/trigger-training.ts';

// Three made-up sets whose coders mark one invented verb each as a trigger: a set's proposer may know only the others'.
const marked = (lemma: string): LabelledTrainingSentence => ({
  candidates: [{ lemma, span: { start: 0, end: lemma.length }, features: [`lemma=${lemma}`, 'pos=VERB'] }],
  goldCodes: ['043'],
  goldTriggers: [{ start: 0, code: '043' }],
});
const setOf = (lemma: string): LabelledTrainingSentence[] => [marked(lemma), marked(lemma), marked(lemma)];
const candidates = new Map([['first', setOf('vorble')], ['second', setOf('quizzle')], ['third', setOf('quizzle')]]);
// A verb: the proposer looks only at verbs and nouns with a scored lemma.
const oneWord = (lemma: string): [Token[], Sentence] => [[{ lemma, pos: 'VERB' } as Token], { firstToken: 0, lastToken: 0 } as Sentence];

test('a set is coded by a proposer trained on the other sets only, so a word only its own coders mark is never proposed in it', () => {
  const proposers = outOfFoldProposers(candidates, ['first', 'second', 'third'], 0.3);
  assert.equal(proposers.get('first')?.mayPropose?.(...oneWord('vorble')), false);
  assert.equal(proposers.get('first')?.mayPropose?.(...oneWord('quizzle')), true);
  assert.equal(proposers.get('second')?.mayPropose?.(...oneWord('vorble')), true);
});

test('a set missing from the names, as a strict fold leaves out its held-out set, trains none of the proposers', () => {
  const proposers = outOfFoldProposers(candidates, ['second', 'third'], 0.3);
  assert.equal(proposers.has('first'), false);
  for (const name of ['second', 'third']) assert.equal(proposers.get(name)?.mayPropose?.(...oneWord('vorble')), false);
});
