import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../model/token.ts';
import { indexActorDictionary } from './actor-dictionary.ts';
import { matchActorDictionary } from './match-actor-dictionary.ts';
import { parseTabariDictionary } from './parse-tabari-dictionary.ts';

const dictionary = indexActorDictionary(parseTabariDictionary('PORT_ESSEN [VAL]\nKARST_ [KRS]\nTHE_KARST_LEAGUE [IGOKRS]\n'));

/** Tokens with the per-word forms the events stage passes: word ids by lower-cased text, every lemma the usual one. */
function wordsOf(text: string, ids: Map<string, number>): { tokens: Token[]; options: { lower: string[]; ids: Int32Array; isUsualLemma: Uint8Array } } {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) tokens.push({ text: match[0], lemma: match[0].toLowerCase(), pos: 'X', precededBySpace: match.index > 0, span: { start: match.index, end: match.index + match[0].length } } as unknown as Token);
  const lower = tokens.map((token) => token.text.toLowerCase());
  for (const word of lower) if (!ids.has(word)) ids.set(word, ids.size);
  return { tokens, options: { lower, ids: Int32Array.from(lower, (word) => ids.get(word) ?? -1), isUsualLemma: new Uint8Array(tokens.length).fill(1) } };
}

test('finds the same names by word id as by text, in a first document and in a later one that reuses its words', () => {
  const ids = new Map<string, number>();
  const names = (text: string): string[] => {
    const { tokens, options } = wordsOf(text, ids);
    const byId = matchActorDictionary(dictionary, tokens, options).map((match) => `${text.slice(match.span.start, match.span.end)} ${match.code ?? ''}`);
    assert.deepEqual(byId, matchActorDictionary(dictionary, tokens).map((match) => `${text.slice(match.span.start, match.span.end)} ${match.code ?? ''}`));
    return byId;
  };
  assert.deepEqual(names('ships left Port Essen for Karst at dawn'), ['Port Essen VAL', 'Karst KRS']);
  assert.deepEqual(names('at dawn ships left the Karst League for Port Essen'), ['the Karst League IGOKRS', 'Port Essen VAL']);
  assert.deepEqual(names('at dawn ships left'), []);
  // By word id a phrase whose second word cannot start the next token is not tried: the answers stay the text's own.
  assert.deepEqual(names('the karsts met the Karst Leagues and the kart league'), ['the Karst Leagues IGOKRS']);
});
