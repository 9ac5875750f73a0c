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

/** What a text's id says about it, worked out once per distinct text instead of once per token. */
interface Derived {
  readonly lower: string;
  readonly word: string;
  /** hasLetter | isCapitalised << 1. */
  readonly flags: number;
  /** The lemma of the first token seen with this text. */
  readonly lemma: string;
}

let derived: (Derived | undefined)[] = [];
let derivedGeneration = WORDS.generation;

function derive(text: string, lemma: string): Derived {
  const lower = text.toLowerCase();
  const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
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
  return { lower, word, flags: hasLetter | (isCapitalised << 1), lemma };
}

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
    derived = [];
    derivedGeneration = generation;
  }
  const n = tokens.length;
  const lower = new Array<string>(n);
  const word = new Array<string>(n);
  const hasLetter = new Uint8Array(n);
  const isCapitalised = new Uint8Array(n);
  const id = new Int32Array(n);
  const isUsualLemma = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    const text = token.text;
    const known = knownIds === undefined ? -1 : (knownIds[i] as number);
    const wordId = known >= 0 ? WORDS.internLexeme(known, text) : WORDS.intern(text);
    id[i] = wordId;
    // Ids are handed out in order, so a text new to `derived` is always one past its end: the array stays packed.
    while (derived.length < wordId) derived.push(undefined);
    let forms = derived[wordId];
    if (forms === undefined) derived[wordId] = forms = derive(text, token.lemma);
    lower[i] = forms.lower;
    word[i] = forms.word;
    hasLetter[i] = forms.flags & 1;
    isCapitalised[i] = forms.flags >> 1;
    isUsualLemma[i] = forms.lemma === token.lemma ? 1 : 0;
  }
  const forms: TokenForms = { lower, word, hasLetter, isCapitalised, id, isUsualLemma, generation };
  computed.set(tokens, forms);
  return forms;
}
