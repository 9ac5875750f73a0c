import { categoryByNoun } from '../../knowledge/quantities/quantity-lexicon.ts';
import type { Token } from '../../model/token.ts';

/** What a number counts: the noun phrase after it, ending at its last noun ("military construction workers"). */
export interface CountedPhrase {
  readonly text: string;
  readonly head: string;
  readonly firstToken: number;
  readonly lastToken: number;
  readonly end: number;
}

const modifierTags = new Set(['ADJ', 'NOUN', 'PROPN']);

/** Index of the first token starting at or after `offset` (binary search over token spans). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.span.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Reads the counted noun phrase starting at token `from` (up to five words, no punctuation in between). */
export function readCountedPhrase(text: string, tokens: readonly Token[], from: number): CountedPhrase | undefined {
  let index = from;
  // "a 500-kilometre highway": the hyphen joins the number to its measure word; it is not part of what is counted.
  if (tokens[index]?.text === '-' && tokens[index]?.precededBySpace === false) index++;
  if (tokens[index]?.lemma === 'of') index++;
  if (tokens[index]?.lemma === 'the') return undefined;
  let lastNoun = -1;
  for (let i = index; i < tokens.length && i < index + 5; i++) {
    const token = tokens[i];
    if (!token) break;
    const isKnownNoun = categoryByNoun[singular(token.lemma)] !== undefined || categoryByNoun[token.lemma] !== undefined;
    // "12 wounded soldiers": a participle before the counted noun modifies it; after it ("protesters hurled stones") a verb begins.
    const isParticiple = lastNoun < 0 && token.pos === 'VERB' && /(?:ed|ing)$/.test(token.text) && modifierTags.has(tokens[i + 1]?.pos ?? '');
    if (!modifierTags.has(token.pos) && !isKnownNoun && !isParticiple && !(token.text === '-' && !token.precededBySpace)) break;
    if (i > index && token.precededBySpace === false && token.text !== '-' && tokens[i - 1]?.text !== '-') break;
    if (token.pos === 'NOUN' || isKnownNoun) lastNoun = i;
    const next = tokens[i + 1];
    if (lastNoun === i && next && (next.pos === 'NOUN' || next.pos === 'PROPN') && /^[A-Z]/.test(next.text) && !/^[A-Z]/.test(token.text)) break;
  }
  const first = tokens[index];
  const last = tokens[lastNoun];
  if (lastNoun < 0 || !first || !last) return undefined;
  return { text: text.slice(first.span.start, last.span.end), head: singular(last.lemma), firstToken: index, lastToken: lastNoun, end: last.span.end };
}

/** Singular of a lower-case noun, enough for lexicon look-ups ("casualties" → "casualty", "troops" → "troop"). */
export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
