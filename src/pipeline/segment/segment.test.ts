import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../analyzer.ts';
import { segment } from './segment.ts';

const analyzer = await createAnalyzer({}, [segment]);
const tokensOf = (text: string): string[] => analyzer.analyze(text).tokens.map((token) => token.text);

describe('segment stage', () => {
  it('splits a possessive off the name it follows', () => {
    assert.deepEqual(tokensOf('The plan was Dana Orrin’s idea.').slice(3, 6), ['Dana', 'Orrin', '’s']);
  });

  it('tokenises an article the same way whatever articles were read before it', () => {
    // wink-nlp caches out-of-vocabulary tokens and keeps a cached token whole ("Varley's." then "Varley's").
    const probe = "The plan was Dana Varley's idea from the start.";
    const fresh = tokensOf(probe);
    tokensOf("Nobody doubted it was Varley's.");
    assert.deepEqual(tokensOf(probe), fresh);
  });
});
