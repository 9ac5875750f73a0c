import type { Token } from '../model/token.ts';
import { WORDS } from '../model/word-ids.ts';

/** Per-token forms that several stages match on, aligned with `doc.tokens`. */
export interface TokenForms {
  /** Token text lower-cased. */
  readonly lower: readonly string[];
  /** Lower-cased with curly apostrophes straightened ("don’t" → "don't"): the form lexicons are keyed by. */
  readonly word: readonly string[];
  /** 1 when the token holds a letter (a word, not a number or punctuation). */
  readonly hasLetter: Uint8Array;
  /** 1 when the token starts with an upper-case letter. */
  readonly isCapitalised: Uint8Array;
  /** The token text's id in `WORDS` (case kept): stages index their per-word caches by it. */
  readonly id: Int32Array;
  /**
   * 1 when the token's lemma is the one its word id had where first seen (almost always): a per-id answer that reads
   * the lemma, made from such a token, holds for every such token, so stages need not read the lemma again.
   */
  readonly isUsualLemma: Uint8Array;
  /** The `WORDS` generation the ids belong to. */
  readonly generation: number;
}

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const computed = new WeakMap<readonly Token[], TokenForms>();

/**
 * What a text's id says about it, worked out once per distinct text instead of once per token, kept in arrays indexed
 * by id (one per form) rather than an object per id: reading a form is then one load from a dense array where common
 * words lie close together, not a pointer chase to an object somewhere in the heap (two thirds of this function's time
 * went to those misses).
 */
let derivedLower: string[] = [];
/** Lower-cased with curly apostrophes straightened. */
let derivedWord: string[] = [];
/** hasLetter | isCapitalised << 1 | DERIVED | CURLY. */
let derivedFlags: number[] = [];
/** The lemma of the first token seen with this text. */
let derivedLemma: string[] = [];
let derivedGeneration = WORDS.generation;

/** Fills in the forms of the text whose id is `wordId`, first growing the arrays (by pushes, so they stay packed). */
function derive(wordId: number, text: string, lemma: string): void {
  while (derivedLower.length <= wordId) {
    derivedLower.push('');
    derivedWord.push('');
    derivedFlags.push(0);
    derivedLemma.push('');
  }
  const lower = text.toLowerCase();
  const curly = lower.includes('’');
  const first = text.charCodeAt(0);
  let hasLetter: number;
  let isCapitalised: number;
  // ASCII first: most tokens are plain words, numbers or punctuation; only the rest need the Unicode classes.
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
    hasLetter = 1;
    isCapitalised = first <= 90 ? 1 : 0;
  } else {
    hasLetter = LETTER.test(text) ? 1 : 0;
    isCapitalised = first < 128 ? 0 : UPPER_START.test(text) ? 1 : 0;
  }
  derivedLower[wordId] = lower;
  derivedWord[wordId] = curly ? lower.replace(/’/g, "'") : lower;
  derivedFlags[wordId] = DERIVED | (curly ? CURLY : 0) | hasLetter | (isCapitalised << 1);
  derivedLemma[wordId] = lemma;
}

/** Set in `derivedFlags` once an id's forms are filled in: ids interned elsewhere leave gaps, filled when a token has them. */
const DERIVED = 4;
/** Set in `derivedFlags` when the text has a curly apostrophe: its `word` form is not its `lower` form. */
const CURLY = 8;

/**
 * The forms of a document's tokens, computed once per document (segment asks first) and shared by every stage that
 * asks (memoised on the token array, which segmentation creates and no stage replaces). Each distinct text is
 * lower-cased once per process, not once per token; forms of an older word-table generation are recomputed.
 * `knownIds` (segment's: the tokeniser's lexeme index, -1 where it has none) spare those tokens the text's hashing.
 */
export function tokenForms(tokens: readonly Token[], knownIds?: Int32Array): TokenForms {
  const known = computed.get(tokens);
  if (known && known.generation === WORDS.generation) return known;
  WORDS.makeRoom();
  const generation = WORDS.generation;
  if (derivedGeneration !== generation) {
    derivedLower = [];
    derivedWord = [];
    derivedFlags = [];
    derivedLemma = [];
    derivedGeneration = generation;
  }
  const n = tokens.length;
  const lower = new Array<string>(n);
  const hasLetter = new Uint8Array(n);
  const isCapitalised = new Uint8Array(n);
  const id = new Int32Array(n);
  const isUsualLemma = new Uint8Array(n);
  const curly = fillForms(tokens, knownIds, lower, hasLetter, isCapitalised, id, isUsualLemma);
  // Almost no document has a curly apostrophe: its `word` forms are then its `lower` forms, one array serving both.
  const word = curly ? wordsOf(id) : lower;
  const forms: TokenForms = { lower, word, hasLetter, isCapitalised, id, isUsualLemma, generation };
  computed.set(tokens, forms);
  return forms;
}

/**
 * Fills the per-token columns of `tokenForms`; true when a token has a curly apostrophe. The loop is alone in its
 * function: V8 compiles a long first document's loop on the spot (on-stack replacement), before the code after it has
 * run, and code after it here would leave that compiled loop for the interpreter in every call until `tokenForms` is
 * optimised whole.
 */
function fillForms(tokens: readonly Token[], knownIds: Int32Array | undefined, lower: string[], hasLetter: Uint8Array, isCapitalised: Uint8Array, id: Int32Array, isUsualLemma: Uint8Array): boolean {
  let curly = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const text = token.text;
    const known = knownIds === undefined ? -1 : (knownIds[i] as number);
    const wordId = known >= 0 ? WORDS.internLexeme(known, text) : WORDS.intern(text);
    id[i] = wordId;
    if (wordId >= derivedFlags.length || ((derivedFlags[wordId] as number) & DERIVED) === 0) derive(wordId, text, token.lemma);
    lower[i] = derivedLower[wordId] as string;
    const flags = derivedFlags[wordId] as number;
    hasLetter[i] = flags & 1;
    isCapitalised[i] = (flags >> 1) & 1;
    isUsualLemma[i] = derivedLemma[wordId] === token.lemma ? 1 : 0;
    if ((flags & CURLY) !== 0) curly = true;
  }
  return curly;
}

function wordsOf(id: Int32Array): string[] {
  const word = new Array<string>(id.length);
  for (let i = 0; i < id.length; i++) word[i] = derivedWord[id[i] as number] as string;
  return word;
}
