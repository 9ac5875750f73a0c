import type { RegisterSpan } from '../../model/register.ts';
import { asciiPrefixCode, NO_PREFIX, NOT_ASCII, type RegisterEntry, type RegisterPatterns, wordKey } from './register-patterns.ts';

/** Where a word starts: the segment stage's tokens as they are, or a plain scan of the text. */
export interface WordStart {
  readonly text: string;
  readonly span: { readonly start: number };
}

function* wordsOf(text: string): Generator<WordStart> {
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) yield { text: match[0], span: { start: match.index } };
}

const WORD_START = /^[\p{L}\p{N}]/u;

/** Whether a word starts with a letter or digit: an ASCII test first, the Unicode classes only for the rest. */
function startsWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128) return (first >= 48 && first <= 57) || ((first | 32) >= 97 && (first | 32) <= 122);
  return WORD_START.test(word);
}

// A module-level function, not a closure per call: the closure (and its name, under tsx) showed up in profiles.
function tryAt(found: RegisterSpan[], text: string, entry: RegisterEntry, start: number): void {
  entry.regex.lastIndex = start;
  const match = entry.regex.exec(text);
  if (match) found.push({ kind: entry.kind, text: match[0], span: { start, end: start + match[0].length } });
}

/** Kinds in order of precedence when two matches overlap: the more specific reading wins. */
const PRECEDENCE: readonly string[] = ['hedge', 'idiom', 'slang', 'editorial', 'sensational', 'clickbait'];

/** Finds every lexicon match starting at a word; overlapping matches keep the longest (then the more specific kind). */
export function findRegisterSpans(text: string, patterns: RegisterPatterns, words: Iterable<WordStart> = wordsOf(text)): RegisterSpan[] {
  const found: RegisterSpan[] = [];
  for (const { text: word, span: { start } } of words) {
    if (!startsWord(word)) continue;
    const code = asciiPrefixCode(word);
    if (code === NOT_ASCII) {
      const key = wordKey(word);
      const candidates = patterns.byPrefix.get(key);
      if (candidates) for (const entry of candidates) tryAt(found, text, entry, start);
      for (const entry of patterns.anywhereByLetter.get(key.charAt(0)) ?? patterns.anywhere) tryAt(found, text, entry, start);
      continue;
    }
    const candidates = code === NO_PREFIX ? undefined : patterns.byPrefixCode[code];
    if (candidates) for (const entry of candidates) tryAt(found, text, entry, start);
    // A word starting with a digit reads the letter-less entries, as the string key's first character finds no list.
    const first = word.charCodeAt(0) | 32;
    const letter = first >= 97 && first <= 122 ? first - 96 : 0;
    for (const entry of patterns.anywhereByLetterCode[letter] ?? patterns.anywhere) tryAt(found, text, entry, start);
  }
  found.sort(
    (a, b) =>
      b.span.end - b.span.start - (a.span.end - a.span.start) || PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind),
  );
  const kept: RegisterSpan[] = [];
  for (const candidate of found) {
    if (!kept.some((span) => candidate.span.start < span.span.end && span.span.start < candidate.span.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
