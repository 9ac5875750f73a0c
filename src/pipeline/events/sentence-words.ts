import type { Sentence, Token } from '../../model/token.ts';
import { WordCache, WORDS } from '../../model/word-ids.ts';
import { tokenForms } from '../token-forms.ts';

/**
 * A word set a per-sentence rule cannot fire without: one bit of a sentence's word mask. Most rules that run on every
 * sentence scan all its tokens for a few words ("phone", "pay", "Council") that most sentences lack; asking the mask
 * first, made once per sentence for all the rules together, spares them those scans.
 */
export type SentenceWords = number;

const MASK_BITS = 31;
/** A lower-case word -> the bits of the sets that hold it. */
const bitsOfWord = new Map<string, number>();
let setsMade = 0;
/** A word id's bits, for the tokens that have the id's usual lemma: one look-up per distinct word, not per token. */
const bitsOfId = new WordCache<number>();

/**
 * Registers a set of lower-case words; a token has one when its lemma or its lower-cased text is one, so a rule that
 * tests either (or the text as written) may ask for them. Called when a rule's module loads.
 */
export function sentenceWords(words: Iterable<string>): SentenceWords {
  if (setsMade === MASK_BITS) throw new Error(`Expected at most ${MASK_BITS} sentence word sets, got one more`);
  const list = [...words];
  const upper = list.find((word) => word !== word.toLowerCase());
  if (upper !== undefined) throw new Error(`Expected lower-case sentence words, got \`${upper}\``);
  const bit = 1 << setsMade++;
  for (const word of list) bitsOfWord.set(word, (bitsOfWord.get(word) ?? 0) | bit);
  bitsOfId.clear();
  masksOf = undefined;
  return bit;
}

/** Whether any token of the sentence has one of the words: when not, the rule asking can find nothing there. */
export function hasSentenceWords(tokens: readonly Token[], sentence: Sentence, words: SentenceWords): boolean {
  return (sentenceMask(tokens, sentence) & words) !== 0;
}

// The document asked about last: its ids, forms and the masks of its sentences, by first token (`maskEnds` holds the
// last token + 1 the mask was made for, 0 while none is).
let masksOf: readonly Token[] | undefined;
let masksGeneration = -1;
let ids: Int32Array = new Int32Array(0);
let isUsualLemma: Uint8Array = new Uint8Array(0);
let lowers: readonly string[] = [];
let idBits: (number | undefined)[] = [];
let masks: Int32Array = new Int32Array(0);
let maskEnds: Int32Array = new Int32Array(0);

function sentenceMask(tokens: readonly Token[], sentence: Sentence): number {
  if (tokens !== masksOf || masksGeneration !== WORDS.generation) startDocument(tokens);
  const first = sentence.firstToken;
  const end = sentence.lastToken + 1;
  const isKept = first >= 0 && first < tokens.length;
  if (isKept && maskEnds[first] === end) return masks[first] as number;
  let mask = 0;
  for (let index = Math.max(first, 0); index < end && index < tokens.length; index++) mask |= tokenBits(tokens, index);
  if (isKept) {
    masks[first] = mask;
    maskEnds[first] = end;
  }
  return mask;
}

function startDocument(tokens: readonly Token[]): void {
  const forms = tokenForms(tokens);
  ids = forms.id;
  isUsualLemma = forms.isUsualLemma;
  lowers = forms.lower;
  idBits = bitsOfId.entries();
  // Kept from document to document while long enough: only the ends need clearing.
  if (maskEnds.length < tokens.length) {
    masks = new Int32Array(tokens.length);
    maskEnds = new Int32Array(tokens.length);
  } else maskEnds.fill(0, 0, tokens.length);
  masksOf = tokens;
  masksGeneration = forms.generation;
}

function tokenBits(tokens: readonly Token[], index: number): number {
  if (isUsualLemma[index] === 0) return bitsOf(lowers[index] as string, (tokens[index] as Token).lemma);
  const id = ids[index] as number;
  let bits = idBits[id];
  if (bits === undefined) idBits[id] = bits = bitsOf(lowers[index] as string, (tokens[index] as Token).lemma);
  return bits;
}

function bitsOf(lower: string, lemma: string): number {
  const ofLemma = bitsOfWord.get(lemma) ?? 0;
  return lower === lemma ? ofLemma : ofLemma | (bitsOfWord.get(lower) ?? 0);
}
