import type { Token } from '../../model/token.ts';

const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const OBJECT_PREPOSITIONS = new Set(['for', 'against', 'off', 'back']);
const OBJECT_REACH = 6;

/**
 * The head noun of the object after a trigger's last word, past one preposition ("battling for better wages",
 * "fighting against inflation"): the last common noun of the run of modifiers and nouns that follows.
 */
export function objectHead(tokens: readonly Token[], lastWord: number): string | undefined {
  return objectHeadAt(tokens, lastWord)?.lemma;
}

/** The object's head noun with its place, so a caller can read what follows it. */
export function objectHeadAt(tokens: readonly Token[], lastWord: number): { readonly lemma: string; readonly at: number } | undefined {
  const from = OBJECT_PREPOSITIONS.has(tokens[lastWord + 1]?.lemma ?? '') ? lastWord + 1 : lastWord;
  let head: { lemma: string; at: number } | undefined;
  for (let at = from + 1; at <= from + OBJECT_REACH; at++) {
    const token = tokens[at];
    // "his tenth Australian Open title": a capitalised word is part of a name, whatever its tag.
    if (!token || (!MODIFIERS.has(token.pos) && !/^\p{Lu}/u.test(token.text))) break;
    if (token.pos === 'NOUN') head = { lemma: token.lemma, at };
  }
  return head;
}

/**
 * The head of a noun phrase right after a word ("growth figures": the last noun of a compound), or undefined. Stricter
 * than objectHead: no preposition skipped, no pronoun or capitalised word inside, and the first compound's head rather
 * than the run's last noun; reading the object with objectHead instead changes codings, so the two stay apart.
 */
export function headNounAfter(tokens: readonly Token[], lastWord: number): string | undefined {
  for (let index = lastWord + 1; index <= lastWord + 5; index++) {
    const token = tokens[index];
    if (!token || (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NUM' && token.pos !== 'NOUN' && token.pos !== 'PROPN')) return undefined;
    if (token.pos === 'NOUN' && tokens[index + 1]?.pos !== 'NOUN') return token.lemma;
  }
  return undefined;
}
