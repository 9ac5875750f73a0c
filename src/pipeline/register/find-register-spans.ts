import type { RegisterSpan } from '../../model/register.ts';
import { WordCache } from '../../model/word-ids.ts';
import { asciiPrefixCode, NO_PREFIX, NOT_ASCII, type RegisterEntry, type RegisterPatterns, wordKey } from './register-patterns.ts';
import { isSpaceCode } from '../is-space-code.ts';

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
  if (!startsWithLead(text, start, entry.lead)) return;
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
    const entries = entriesFor(patterns, word);
    for (let k = 0; k < entries.length; k++) tryAt(found, text, entries[k] as RegisterEntry, start);
  }
  return longestFirst(found);
}

const entryCaches = new WeakMap<RegisterPatterns, WordCache<readonly RegisterEntry[]>>();

/**
 * `findRegisterSpans` over the segment stage's tokens and their word ids (`tokenForms(…).id`): the entries a word can
 * start are found once per word id, and a token whose word starts none is passed over without reading it.
 */
export function findRegisterSpansByWordId(text: string, patterns: RegisterPatterns, tokens: readonly WordStart[], ids: Int32Array): RegisterSpan[] {
  let cache = entryCaches.get(patterns);
  if (!cache) entryCaches.set(patterns, (cache = new WordCache<readonly RegisterEntry[]>()));
  const byId = cache.entries();
  const found: RegisterSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const id = ids[i] as number;
    let entries = byId[id];
    if (entries === undefined) byId[id] = entries = entriesStartingWith(patterns, (tokens[i] as WordStart).text);
    if (entries.length === 0) continue;
    const start = (tokens[i] as WordStart).span.start;
    for (let k = 0; k < entries.length; k++) tryAt(found, text, entries[k] as RegisterEntry, start);
  }
  return longestFirst(found);
}

const NO_ENTRIES: readonly RegisterEntry[] = [];

/** `entriesFor` less those whose lead the word itself rules out (the word is the text at its start). */
function entriesStartingWith(patterns: RegisterPatterns, word: string): readonly RegisterEntry[] {
  const entries = entriesFor(patterns, word).filter((entry) => isLeadOpenAfter(word, entry.lead));
  return entries.length === 0 ? NO_ENTRIES : entries;
}

/** Whether a text starting with `word` may still start with `lead`: no letter differs before the lead's first space. */
function isLeadOpenAfter(word: string, lead: string): boolean {
  const length = Math.min(word.length, lead.length);
  for (let k = 0; k < length; k++) {
    const want = lead.charCodeAt(k);
    if (want === SPACE) return isSpaceCode(word.charCodeAt(k));
    if ((word.charCodeAt(k) | 32) !== want) return false;
  }
  return true;
}

const SPACE = 32;

/**
 * Whether `text` at `at` starts with `lead`: its letters in either case (an ASCII letter matches only itself and its
 * capital under a case-insensitive regex without the `u` flag), each space a run of whitespace, as `\s+` reads it.
 */
function startsWithLead(text: string, at: number, lead: string): boolean {
  let i = at;
  for (let k = 0; k < lead.length; k++) {
    const want = lead.charCodeAt(k);
    if (want === SPACE) {
      if (!isSpaceCode(text.charCodeAt(i))) return false;
      do i++;
      while (isSpaceCode(text.charCodeAt(i)));
    } else {
      if ((text.charCodeAt(i) | 32) !== want) return false;
      i++;
    }
  }
  return true;
}

/** The entries to try at a word, in order: those of its prefix, then those that may start anywhere. */
function entriesFor(patterns: RegisterPatterns, word: string): readonly RegisterEntry[] {
  if (!startsWord(word)) return NO_ENTRIES;
  const code = asciiPrefixCode(word);
  let candidates: readonly RegisterEntry[] | undefined;
  let anywhere: readonly RegisterEntry[];
  if (code === NOT_ASCII) {
    const key = wordKey(word);
    candidates = patterns.byPrefix.get(key);
    anywhere = patterns.anywhereByLetter.get(key.charAt(0)) ?? patterns.anywhere;
  } else {
    candidates = code === NO_PREFIX ? undefined : patterns.byPrefixCode[code];
    // A word starting with a digit reads the letter-less entries, as the string key's first character finds no list.
    const first = word.charCodeAt(0) | 32;
    const letter = first >= 97 && first <= 122 ? first - 96 : 0;
    anywhere = patterns.anywhereByLetterCode[letter] ?? patterns.anywhere;
  }
  if (!candidates || candidates.length === 0) return anywhere.length === 0 ? NO_ENTRIES : anywhere;
  return anywhere.length === 0 ? candidates : [...candidates, ...anywhere];
}

/** Overlapping matches keep the longest (then the more specific kind), in text order. */
function longestFirst(found: RegisterSpan[]): RegisterSpan[] {
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
