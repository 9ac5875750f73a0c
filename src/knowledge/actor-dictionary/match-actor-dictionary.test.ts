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

/** Tokens as written `word/lemma`, each glued to the one before it when written after a `+`: the forms the tokeniser may give. */
function tokensOf(written: string, ids: Map<string, number>): { tokens: Token[]; options: { lower: string[]; ids: Int32Array; isUsualLemma: Uint8Array } } {
  const tokens: Token[] = [];
  let offset = 0;
  for (const part of written.split(' ')) {
    for (const [k, form] of part.split('+').entries()) {
      const [text = '', lemma = text.toLowerCase()] = form.split('/');
      tokens.push({ text, lemma, pos: 'X', precededBySpace: k === 0 && offset > 0, span: { start: offset, end: offset + text.length } } as unknown as Token);
      offset += text.length;
    }
    offset += 1;
  }
  const lower = tokens.map((token) => token.text.toLowerCase());
  for (const word of lower) if (!ids.has(word)) ids.set(word, ids.size);
  return { tokens, options: { lower, ids: Int32Array.from(lower, (word) => ids.get(word) ?? -1), isUsualLemma: new Uint8Array(tokens.length).fill(1) } };
}

test('after a word that opens phrases, finds a phrase whose second word comes through a joiner, a lemma, an "ies" plural, a stem or an empty token', () => {
  const words = indexActorDictionary(parseTabariDictionary('THE_KARST_LEAGUE [IGOKRS]\nTHE_Y_ [YYY]\nTHE_GO_ [GOX]\nTHE_ARGENTIN [ARG]\nTHE_ÉCOLE_ [ECO]\n'));
  const ids = new Map<string, number>();
  const codes = (written: string, range: { from?: number; to?: number } = {}): string[] => {
    const { tokens, options } = tokensOf(written, ids);
    const byId = matchActorDictionary(words, tokens, { ...options, ...range }).map((match) => `${match.firstToken}-${match.lastToken} ${match.code ?? ''}`);
    assert.deepEqual(byId, matchActorDictionary(words, tokens, range).map((match) => `${match.firstToken}-${match.lastToken} ${match.code ?? ''}`));
    return byId;
  };
  assert.deepEqual(codes('the+_+Karst League'), ['0-3 IGOKRS']);
  assert.deepEqual(codes('the went/go'), ['0-1 GOX']);
  assert.deepEqual(codes('The ies'), ['0-1 YYY']);
  assert.deepEqual(codes('the Argentinians'), ['0-1 ARG']);
  assert.deepEqual(codes('the École'), ['0-1 ECO']);
  assert.deepEqual(codes('the +karst league'), ['0-3 IGOKRS']);
  assert.deepEqual(codes('the karst league', { to: 1 }), []);
  assert.deepEqual(codes('the+_'), []);
});
