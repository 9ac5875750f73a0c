import type { Token } from '../model/token.ts';

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
}

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const computed = new WeakMap<readonly Token[], TokenForms>();

/**
 * The forms of a document's tokens, computed once per document and shared by every stage that asks (memoised on the
 * token array, which segmentation creates and no stage replaces), so no stage re-lower-cases the whole text.
 */
export function tokenForms(tokens: readonly Token[]): TokenForms {
  const known = computed.get(tokens);
  if (known) return known;
  const n = tokens.length;
  const lower = new Array<string>(n);
  const word = new Array<string>(n);
  const hasLetter = new Uint8Array(n);
  const isCapitalised = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const text = (tokens[i] as Token).text;
    const low = text.toLowerCase();
    lower[i] = low;
    word[i] = low.includes('’') ? low.replace(/’/g, "'") : low;
    const first = text.charCodeAt(0);
    // ASCII first: most tokens are plain words, numbers or punctuation; only the rest need the Unicode classes.
    if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
      hasLetter[i] = 1;
      isCapitalised[i] = first <= 90 ? 1 : 0;
    } else {
      hasLetter[i] = LETTER.test(text) ? 1 : 0;
      isCapitalised[i] = first < 128 ? 0 : UPPER_START.test(text) ? 1 : 0;
    }
  }
  const forms: TokenForms = { lower, word, hasLetter, isCapitalised };
  computed.set(tokens, forms);
  return forms;
}
