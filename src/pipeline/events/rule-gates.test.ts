import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sentence, Token } from '../../model/token.ts';
import { SENTENCE_STEPS } from './code-document.ts';
import { indexPatterns } from './event-pattern.ts';
import { MENTION_REWRITERS } from './find-actor-mentions.ts';
import { IMPLIED_RULES } from './implied-events.ts';
import { plainTokens } from '../../../test/support/plain-tokens.ts';

const tokens = (...words: string[]): Token[] => plainTokens(words, 'NOUN');

describe('the gates that skip rule steps', () => {
  it('gives every implied-event rule that may run on a sentence with no coded event the anchor words it needs', () => {
    // Such a rule is asked of nearly every sentence: only its anchors keep it from running on all of them.
    for (const rule of IMPLIED_RULES) if (!rule.needsEvents) assert.ok(rule.anchors.length > 0, `${rule.imply.name} has no anchors`);
  });

  it('makes no event from none in any step run after a sentence is coded', () => {
    const words = tokens('Police', 'said', 'the', 'talks', 'ended', '.');
    const sentence: Sentence = { span: { start: 0, end: 30 }, firstToken: 0, lastToken: 5 };
    const scope = { tokens: words, sentence, mentions: [], patterns: indexPatterns([], []), filedIn: undefined };
    for (const step of SENTENCE_STEPS) assert.deepEqual(step([], scope), []);
  });

  it('makes no actor mention from none in any rewriter of a sentence\'s mentions', () => {
    const words = tokens('Ethnic', 'rebels', 'of', 'the', 'congress', 'counterpart', '.');
    for (const rewrite of MENTION_REWRITERS) assert.deepEqual(rewrite(words, []), []);
  });
});
