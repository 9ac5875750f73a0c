import type { Token } from '../../model/token.ts';
import { tokenForms } from '../token-forms.ts';
import { dayAfter } from './weekdays.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';

const CLAUSE_BREAKS = new Set([';', ':', '.', '!', '?', '"', '“', '”']);

/** `CLAUSE_BREAKS.has(text)`, its marks all one character long: most words of a gap are told by their length, unhashed. */
function isClauseBreak(text: string): boolean {
  return text.length === 1 && CLAUSE_BREAKS.has(text);
}

// The shared lower-cased forms of the document being coded, remembered for the last token array asked about: this is
// asked at every token, and those strings, unlike a fresh `toLowerCase()` per look-up, keep their hash between look-ups.
let formsOf: readonly Token[] | undefined;
let formsLower: readonly string[] = [];

export function lowerForms(tokens: readonly Token[]): readonly string[] {
  if (tokens !== formsOf) {
    formsOf = tokens;
    formsLower = tokenForms(tokens).lower;
  }
  return formsLower;
}

/** A token's lower-cased form from the shared view, or made here for a token the view lacks; '' past the end. */
export function lowerAt(tokens: readonly Token[], index: number): string {
  const token = tokens[index];
  return token === undefined ? '' : (lowerForms(tokens)[index] ?? token.text.toLowerCase());
}

// Scale and currency words only: a bare number ("the 11 September attacks") still counts as a word.
const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'bn', 'mn', '$', '€', '£', 'us$', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'rupees', 'roubles', 'rubles']);

/** How far a name may stretch a gap (amounts and name words counted together, until a comma): a long name is one actor. */
const MAX_NAME_STRETCH = 4;

/**
 * Whether the token's text starts with A–Z: `/^[A-Z]/` (as `isCapitalised` in dates) read as a character code, and
 * asked after the cheap tests, as the regex ran at every name word of every gap (~11,300 per 300 articles).
 */
function startsWithCapital(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const first = token.text.charCodeAt(0); // NaN for an empty text: no capital
  return first >= 65 && first <= 90;
}

function isWord(token: Token, lower: string, words: readonly string[], set: ReadonlySet<string> | undefined, isExact: boolean): boolean {
  if (set !== undefined) return set.has(lower) || (!isExact && set.has(token.lemma));
  return words.includes(lower) || (!isExact && words.includes(token.lemma));
}

/** Lists at least this long are tested through a set: a dozen "talks" alternatives at every token of a gap was the stage's hottest line. */
const SET_FROM = 5;
const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A long list of a pattern's alternatives as a set (the same answers as `includes`), made once: compiled patterns never change. */
function wordSetOf(words: readonly string[]): ReadonlySet<string> | undefined {
  if (words.length < SET_FROM) return undefined;
  let set = wordSets.get(words);
  if (!set) wordSets.set(words, (set = new Set(words)));
  return set;
}

/**
 * The first of a pattern's alternative words from `from` back to `to`, stopping at a clause break; a name of several
 * words stretches the reach as one word would, as ahead ("an allegation that Defence Minister Ana Ruiz Costa denied").
 */
export function findBehind(tokens: readonly Token[], from: number, to: number, words: readonly string[], isExact: boolean): number | undefined {
  const lowers = lowerForms(tokens);
  const set = wordSetOf(words);
  let stretch = 0;
  for (let index = from; index >= to - stretch; index--) {
    const token = tokens[index];
    if (!token || isClauseBreak(token.text)) return undefined;
    if (isWord(token, lowers[index] ?? token.text.toLowerCase(), words, set, isExact)) return index;
    if (token.pos === 'PROPN' && index < from && stretch < MAX_NAME_STRETCH && startsWithCapital(tokens[index - 1])) stretch++;
    // "a claim the palace angrily denied": a manner adverb right before the verb takes no place in the gap.
    if (index === from && token.pos === 'ADV' && token.text.endsWith('ly')) stretch++;
  }
  return undefined;
}

/**
 * The first of a pattern's alternative words from `from` on to `to`, stopping at a clause break; hyphenated compounds,
 * joined adjective pairs, amounts and names of several words each stretch the reach as one word would, and with
 * `isDayFree` a day named first ("on Friday") does not count.
 */
export function findAhead(tokens: readonly Token[], from: number, to: number, words: readonly string[], isExact: boolean, isDayFree = false): number | undefined {
  const lowers = lowerForms(tokens);
  const set = wordSetOf(words);
  let last = to;
  let amount = 0;
  let isInQuotedName = false;
  for (let index = from; index <= last + amount; index++) {
    const token = tokens[index];
    if (!token) return undefined;
    // "signed the "blue corridor" trade pact", "agreed to a "full and lasting" truce": quotes a determiner opens enclose a
    // name inside the noun phrase, not a clause; they take no room of the gap.
    if (isQuoteMark(token.text) && (isInQuotedName || (index > from && tokens[index - 1]?.pos === 'DET'))) {
      isInQuotedName = !isInQuotedName;
      last++;
      continue;
    }
    if (isClauseBreak(token.text)) return undefined;
    // "a six-month truce": a hyphenated compound counts as one word of the gap.
    if (token.text === '-' && to > from) last += 2;
    // "agreed to a swift and complete truce": two adjectives joined by "and" or "or" count as one word of the gap.
    if (token.pos === 'CCONJ' && tokens[index - 1]?.pos === 'ADJ' && tokens[index + 1]?.pos === 'ADJ' && index > from) last += 2;
    // "announced a further $350 million in military aid": an amount counts as one word of the gap, until a comma.
    const lower = lowers[index] ?? token.text.toLowerCase();
    // "agreed on Friday to a lasting truce": the day a wire report puts right after its verb takes no room of a word's
    // gap (a preposition's gap is long enough already: "arrive on Monday to revive talks in…" names no place arrived in).
    if (isDayFree && index === from && to > from && dayAfter(tokens, index - 1) > index - 1) last += 2;
    if (AMOUNT_WORDS.has(lower)) amount++;
    // "sentenced former President Jacob Zuma to 15 months": a name of several words counts as one word of the gap.
    if (token.pos === 'PROPN' && index > from && amount < MAX_NAME_STRETCH && startsWithCapital(tokens[index - 1])) amount++;
    if (token.text === ',') amount = 0;
    // "shot dead at least 12 protesters": "at least", "at most" bound a number, they aim at no one.
    // "shot dead two protesters outside the governor's residence": a word past the gap that owns the next noun is not the object.
    if (isWord(token, lower, words, set, isExact) && !(lower === 'at' && NUMBER_BOUNDS.has(lowers[index + 1] ?? '')) && !(index > from && POSSESSIVE_MARKS.has(tokens[index + 1]?.text ?? ''))) return index;
  }
  return undefined;
}

function isQuoteMark(text: string): boolean {
  return text === '"' || text === '“' || text === '”';
}

const NUMBER_BOUNDS = new Set(['least', 'most']);
