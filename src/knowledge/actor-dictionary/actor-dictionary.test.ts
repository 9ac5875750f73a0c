import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Token } from '../../model/token.ts';
import { firstWordKey, indexActorDictionary } from './actor-dictionary.ts';
import { builtinActorDictionary } from './builtin-actor-dictionary.ts';
import { loadActorDictionaries } from './load-actor-dictionaries.ts';
import { matchActorDictionary } from './match-actor-dictionary.ts';
import { parseTabariDictionary } from './parse-tabari-dictionary.ts';
import { scratchDirectory } from '../../../test/support/scratch-directory.ts';

/** Whitespace tokens with lower-case lemmas, enough for the matcher. */
function tokens(text: string): Token[] {
  const list: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+|'s|[^\s\p{L}\p{N}]/gu)) {
    const start = match.index;
    list.push({ text: match[0], span: { start, end: start + match[0].length }, pos: 'X', lemma: match[0].toLowerCase().replace(/s$/, ''), precededBySpace: text[start - 1] === ' ' });
  }
  return list;
}

const actors = `
# a comment
VALDORIA_  [VAL]
+VALDORIAN
+PORT_ESSEN
MARA_KESTEL
+PRESIDENT_KESTEL
\t[VALOPP 100101-191231]
\t[VALGOV >200101]
KARST [KRS]
`;

test('reads TABARI actor entries with synonyms and dated codes', () => {
  const entries = parseTabariDictionary(actors);
  assert.equal(entries.length, 3);
  const kestel = entries[1];
  assert.equal(kestel?.kind, 'actor');
  assert.deepEqual(kestel?.kind === 'actor' ? kestel.datedCodes : [], [
    { code: 'VALOPP', from: '2010-01-01', to: '2019-12-31' },
    { code: 'VALGOV', from: '2020-01-01' },
  ]);
});

test('picks the code an actor held on the given date', () => {
  const dictionary = indexActorDictionary(parseTabariDictionary(actors));
  const text = 'President Kestel visited Port Essen.';
  const early = matchActorDictionary(dictionary, tokens(text), { date: '2015-05-01' });
  const late = matchActorDictionary(dictionary, tokens(text), { date: '2024-05-01' });
  assert.deepEqual(early.map((match) => [text.slice(match.span.start, match.span.end), match.code]), [['President Kestel', 'VALOPP'], ['Port Essen', 'VAL']]);
  assert.equal(late[0]?.code, 'VALGOV');
});

test('matches an entry without a trailing underscore as a stem, and one with it only whole', () => {
  const dictionary = indexActorDictionary(parseTabariDictionary(actors));
  assert.equal(matchActorDictionary(dictionary, tokens('Karstic forces moved.'))[0]?.code, 'KRS');
  assert.equal(matchActorDictionary(dictionary, tokens('Valdorias moved.')).length, 1);
  assert.equal(matchActorDictionary(dictionary, tokens('Valdoriaville moved.')).length, 0);
});

test('matches a short last word without an underscore whole, so "The AU" is not "The Australian"', () => {
  const dictionary = indexActorDictionary(parseTabariDictionary('THE_AU [IGOAFR]\nKARST [KRS]\n'));
  const codes = (text: string) => matchActorDictionary(dictionary, tokens(text)).map((match) => match.code);
  assert.deepEqual(codes('The Australian government spoke.'), []);
  assert.deepEqual(codes('The AU spoke.'), ['IGOAFR']);
  assert.deepEqual(codes('The Karstic government spoke.'), ['KRS']);
});

test('matches a two-letter TABARI name only in capitals, so a name ending in "Un" is not the UN', () => {
  const dictionary = indexActorDictionary(parseTabariDictionary('UN [IGOUNO]\nMAN [~CVL]\n'));
  const codes = (text: string) => matchActorDictionary(dictionary, tokens(text)).map((match) => match.code);
  assert.deepEqual(codes('Kim Jong Un met the UN envoy.'), ['IGOUNO']);
  assert.deepEqual(codes('A man spoke.'), ['CVL']);
});

test('reads agents with substitution sets and their code placement', () => {
  const entries = parseTabariDictionary('!PERSON! = MAN, WOMAN\nFISHER!PERSON! [~AGR]\nREBEL_ARMY [REB~]\n');
  assert.deepEqual(entries.map((entry) => [entry.kind, entry.phrases.map((phrase) => phrase.text), entry.kind === 'agent' ? entry.placement : '']), [
    ['agent', ['fisherman', 'fisherwoman'], 'after'],
    ['agent', ['rebel army'], 'before'],
  ]);
});

test('loads the user YAML format with aliases and dated roles', () => {
  const folder = scratchDirectory('tidings-actors-');
  const file = join(folder, 'actors.yaml');
  writeFileSync(file, 'actors:\n  - name: Ilsa Varn\n    aliases: [Varn]\n    code: VAL\n    roles:\n      - title: Premier\n        code: VALGOV\n        from: 2022-01-01\n');
  const dictionary = loadActorDictionaries([file]);
  const matches = matchActorDictionary(dictionary, tokens('Premier Ilsa Varn spoke, and Varn left.'), { date: '2023-02-02' });
  assert.deepEqual(matches.map((match) => match.code), ['VALGOV', 'VALGOV']);
});

test('keeps short all-capital names case-sensitive so pronouns are not actors', () => {
  const folder = scratchDirectory('tidings-actors-');
  const file = join(folder, 'actors.json');
  writeFileSync(file, JSON.stringify([{ name: 'US', code: 'USA' }]));
  const dictionary = loadActorDictionaries([file]);
  assert.equal(matchActorDictionary(dictionary, tokens('Tell us what the US said.')).length, 1);
});

test('names the file when a dictionary cannot be read', () => {
  assert.throws(() => loadActorDictionaries(['/nonexistent/actors.txt']), /\/nonexistent\/actors\.txt/);
});

test('refuses a verb dictionary given as actors, and says which flag takes it', () => {
  const file = join(scratchDirectory('tidings-verbs-'), 'mine.verbs.txt');
  writeFileSync(file, '--- SALUTE   [051] ---\nSALUTE\n');
  assert.throws(() => loadActorDictionaries([file]), (error: Error & { hint?: string }) => /mine\.verbs\.txt` is a TABARI verb dictionary/.test(error.message) && /--patterns/.test(error.hint ?? ''));
});

test('gives a leader named without a title the office held on the sentence date, and the elite code outside it', () => {
  const dictionary = builtinActorDictionary();
  const code = (text: string, date: string) => matchActorDictionary(dictionary, tokens(text), { date }).find((match) => match.name === 'Nicolas Sarkozy')?.code;
  assert.equal(code('Sarkozy flew out.', '2008-08-06'), 'FRAGOV');
  assert.equal(code('Sarkozy flew out.', '2015-06-09'), 'FRAELI');
});

test('reads a capital two countries share as the bigger one (Kingston is Jamaica, not Norfolk Island)', () => {
  const codes = matchActorDictionary(builtinActorDictionary(), tokens('Talks opened in Kingston.')).map((match) => match.code);
  assert.deepEqual(codes, ['JAM']);
});

test('keeps two office holders who share a surname apart, while the bare surname follows whoever held office', () => {
  const dictionary = builtinActorDictionary();
  const code = (text: string, name: string, date: string) => matchActorDictionary(dictionary, tokens(text), { date }).find((match) => match.name === name)?.code;
  assert.equal(code('Bill Clinton spoke.', 'Bill Clinton', '2010-05-01'), 'USAELI');
  assert.equal(code('Hillary Clinton spoke.', 'Hillary Clinton', '2010-05-01'), 'USAGOV');
  assert.equal(code('Clinton spoke.', 'Clinton', '2010-05-01'), 'USAGOV');
  assert.equal(code('George W. Bush spoke.', 'George W. Bush', '1990-05-01'), 'USAELI');
  assert.equal(code('Bush spoke.', 'Bush', '1990-05-01'), 'USAGOV');
});

test('gives root names with no codes of their own the next code block, as PETRARCH reads Phoenix files', () => {
  const entries = parseTabariDictionary('TOMAS_VERLIND_  # first spelling\n+VERLIND\nTOMAS_VERLINDE_\n+T._VERLINDE\n\t[VALGOV >120101]\n\t[VALELI]\nOTHER_PERSON_ [VALBUS]\n');
  assert.equal(entries.length, 2);
  const verlind = entries[0];
  assert.ok(verlind?.kind === 'actor');
  assert.deepEqual(verlind.phrases.map((phrase) => phrase.text), ['tomas verlind', 'verlind', 'tomas verlinde', 't. verlinde']);
  assert.equal(verlind.code, 'VALELI');
  assert.deepEqual(verlind.datedCodes, [{ code: 'VALGOV', from: '2012-01-01' }]);
});

test('keys a phrase by its first run of letters and digits, up to the text\'s end, and a text with none by itself', () => {
  assert.deepEqual(['Al-Hilal', '  UN', 'x', '9th', 'Zoë Smith', '...', ''].map(firstWordKey), ['al', 'un', 'x', '9th', 'zoë', '...', '']);
});
