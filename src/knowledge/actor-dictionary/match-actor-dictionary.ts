import type { Span } from '../../model/span.ts';
import type { Token } from '../../model/token.ts';
import { WordCache } from '../../model/word-ids.ts';
import { firstWordKey, type ActorDictionary, type ActorEntry, type DictionaryEntry, type DictionaryPhrase, type IndexedPhrase } from './actor-dictionary.ts';

/** A dictionary hit over tokens: the code valid on `date` (actors) or the role code (agents). */
export interface ActorDictionaryMatch {
  readonly span: Span;
  readonly firstToken: number;
  readonly lastToken: number;
  readonly code: string | undefined;
  readonly name: string;
  readonly entry: DictionaryEntry;
}

/** Where and how to match: a token range, the date that picks dated codes, and the tokens' lower-cased texts. */
interface ActorMatchOptions {
  readonly date?: string;
  readonly from?: number;
  readonly to?: number;
  /** `tokens[i].text.toLowerCase()` for every token, when the caller has them: saves a copy per capitalised word. */
  readonly lower?: readonly string[];
  /**
   * The tokens' word ids and usual-lemma flags (`tokenForms(…).id`, `.isUsualLemma`), with `lower`: a word with its
   * usual lemma then has its candidates looked up once per dictionary.
   */
  readonly ids?: Int32Array;
  readonly isUsualLemma?: Uint8Array;
}

/** A word's candidate phrases with its usual lemma: by its text, and by that lemma. */
interface WordCandidates {
  readonly bucket: readonly IndexedPhrase[];
  readonly lemmaBucket: readonly IndexedPhrase[];
  /** `secondWordStarts(bucket)` when the word is its whole first-word key, else undefined (no phrase is passed over). */
  readonly secondStarts: Int32Array | undefined;
}

/** Finds the longest dictionary phrase at each token, left to right; `date` (ISO) picks dated codes. */
export function matchActorDictionary(dictionary: ActorDictionary, tokens: readonly Token[], options: ActorMatchOptions = {}): ActorDictionaryMatch[] {
  const lower = options.lower;
  const ids = lower === undefined ? undefined : options.ids;
  const isUsualLemma = options.isUsualLemma;
  const cache = candidateCacheOf(dictionary);
  const byId = ids === undefined || isUsualLemma === undefined ? undefined : wordCacheOf(dictionary).entries();
  const matches: ActorDictionaryMatch[] = [];
  const end = Math.min(options.to ?? tokens.length - 1, tokens.length - 1);
  for (let index = options.from ?? 0; index <= end; index++) {
    // Most words start no phrase: their shared empty answer is told by identity, before the token or its answer is read.
    if (byId !== undefined && (isUsualLemma as Uint8Array)[index] === 1 && byId[(ids as Int32Array)[index] as number] === NO_CANDIDATES) continue;
    const token = tokens[index];
    if (!token) continue;
    let bucket: readonly IndexedPhrase[];
    let lemmaBucket: readonly IndexedPhrase[];
    let secondStarts: Int32Array | undefined;
    if (byId !== undefined) {
      // By word id: the two first-word keys and their look-ups once per word, not once per token.
      const id = (ids as Int32Array)[index] as number;
      // Only the usual lemma's answer is kept: the token's lemma is then never read for the word again.
      let known = (isUsualLemma as Uint8Array)[index] === 1 ? byId[id] : undefined;
      if (known === undefined) {
        known = wordCandidates(dictionary, cache, (lower as readonly string[])[index] as string, token.lemma);
        if ((isUsualLemma as Uint8Array)[index] === 1) byId[id] = known;
      }
      if (known.bucket.length + known.lemmaBucket.length === 0) continue;
      bucket = known.bucket;
      lemmaBucket = known.lemmaBucket;
      secondStarts = known.secondStarts;
    } else {
      const key = firstWordKey(lower?.[index] ?? token.text);
      const lemmaKey = firstWordKey(token.lemma);
      // The lemma's bucket is searched after the text's, as one list would be, without concatenating the two.
      bucket = candidatesFor(dictionary, cache, key);
      lemmaBucket = lemmaKey === key ? NO_PHRASES : candidatesFor(dictionary, cache, lemmaKey);
    }
    let bestLast = -1;
    let bestEntry: DictionaryEntry | undefined;
    // After "the" (it opens seven phrases and stands before most words) a phrase whose second word cannot start the next
    // token is not tried, as `matchPhraseAt` would fail there: that spares three in five of the tries. With no next
    // token both codes stay -1 and every phrase with a second word is passed over, as none can match.
    let nextWord = -1;
    let nextLemma = -1;
    const next = secondStarts === undefined ? -1 : nextWordToken(tokens, index, end);
    const nextToken = next < 0 ? undefined : tokens[next];
    if (nextToken !== undefined) {
      const word = (lower as readonly string[])[next] ?? nextToken.text.toLowerCase();
      // An empty token is a prefix of every phrase's rest: after it every phrase is tried.
      if (word.length === 0) secondStarts = undefined;
      else nextWord = word.charCodeAt(0);
      if (nextToken.lemma.length > 0) nextLemma = nextToken.lemma.charCodeAt(0);
    }
    const count = bucket.length + lemmaBucket.length;
    for (let k = 0; k < count; k++) {
      if (secondStarts !== undefined && k < bucket.length) {
        // -1: the phrase's second word says nothing about the next token (see `secondWordStarts`).
        const start = secondStarts[k] as number;
        if (start >= 0 && start !== nextWord && start !== nextLemma) continue;
      }
      const candidate = (k < bucket.length ? bucket[k] : lemmaBucket[k - bucket.length]) as IndexedPhrase;
      const last = matchPhraseAt(tokens, lower, index, end, candidate.phrase);
      if (last !== undefined && last > bestLast) {
        bestLast = last;
        bestEntry = candidate.entry;
      }
    }
    if (!bestEntry) continue;
    const lastToken = tokens[bestLast] ?? token;
    matches.push({
      span: { start: token.span.start, end: lastToken.span.end },
      firstToken: index,
      lastToken: bestLast,
      code: codeOn(bestEntry, options.date),
      name: bestEntry.name,
      entry: bestEntry,
    });
    index = bestLast;
  }
  return matches;
}

const NO_PHRASES: readonly IndexedPhrase[] = [];
/** The answer for every word that starts no phrase: one object, so most tokens are skipped by an identity test. */
const NO_CANDIDATES: WordCandidates = { bucket: NO_PHRASES, lemmaBucket: NO_PHRASES, secondStarts: undefined };

// Candidates per dictionary and first word, remembered across documents: the stem scan filtered every stem length
// for every token. Dictionaries are immutable once built; the size bound keeps odd vocabularies from growing it forever.
const candidateCache = new WeakMap<ActorDictionary, Map<string, readonly IndexedPhrase[]>>();
const MAX_CACHED_KEYS = 100_000;

/** The dictionary's remembered candidates, or undefined when it has no stems (its first-word index is the answer). */
function candidateCacheOf(dictionary: ActorDictionary): Map<string, readonly IndexedPhrase[]> | undefined {
  if (dictionary.stemLengths.length === 0) return undefined;
  let cache = candidateCache.get(dictionary);
  if (!cache) candidateCache.set(dictionary, (cache = new Map()));
  return cache;
}

// Candidates per dictionary and word id; ids, unlike texts, need no hashing.
const wordCaches = new WeakMap<ActorDictionary, WordCache<WordCandidates>>();

function wordCacheOf(dictionary: ActorDictionary): WordCache<WordCandidates> {
  let cache = wordCaches.get(dictionary);
  if (!cache) wordCaches.set(dictionary, (cache = new WordCache<WordCandidates>()));
  return cache;
}

function wordCandidates(dictionary: ActorDictionary, cache: Map<string, readonly IndexedPhrase[]> | undefined, lower: string, lemma: string): WordCandidates {
  const key = firstWordKey(lower);
  const lemmaKey = firstWordKey(lemma);
  const bucket = candidatesFor(dictionary, cache, key);
  const lemmaBucket = lemmaKey === key ? NO_PHRASES : candidatesFor(dictionary, cache, lemmaKey);
  if (bucket.length + lemmaBucket.length === 0) return NO_CANDIDATES;
  return { bucket, lemmaBucket, secondStarts: lower === key ? secondWordStarts(bucket, key) : undefined };
}

/**
 * Per phrase of a bucket opened by a token that is exactly `key`, the character code its second word starts with, or
 * -1 when that says nothing; undefined when no phrase has one. After such a token and a space, `matchPhraseAt` reads the
 * next token (past `_` joiners) and goes on only if the phrase's rest starts with it, or, on the last word, is its stem,
 * inflection or lemma: each starts with that character, save a plural "ies" of a last word "y" and an empty token.
 */
function secondWordStarts(bucket: readonly IndexedPhrase[], key: string): Int32Array | undefined {
  const second = key.length + 1;
  let starts: Int32Array | undefined;
  for (let k = 0; k < bucket.length; k++) {
    const phrase = (bucket[k] as IndexedPhrase).phrase;
    const text = phrase.text;
    // Only a phrase that is `key`, a space and more; a case-sensitive phrase reads the token's text, not its lower case.
    if (phrase.isCaseSensitive === true || text.length <= second || text[key.length] !== ' ' || !text.startsWith(key)) continue;
    // A second word "y" that is the last also matches "ies", which starts with another letter.
    if (text.length === second + 1 && text[second] === 'y') continue;
    starts ??= new Int32Array(bucket.length).fill(-1);
    starts[k] = text.charCodeAt(second);
  }
  return starts;
}

/** The token `matchPhraseAt` reads a phrase's second word from after the token at `index` (a `_` joiner passed over), or -1. */
function nextWordToken(tokens: readonly Token[], index: number, end: number): number {
  for (let next = index + 1; next <= end; next++) {
    const token = tokens[next];
    if (token === undefined) return -1;
    if (token.text !== '_' || token.precededBySpace) return next;
  }
  return -1;
}

/** Phrases starting with this word, plus one-word stems that are a prefix of it. */
function candidatesFor(dictionary: ActorDictionary, cache: Map<string, readonly IndexedPhrase[]> | undefined, key: string): readonly IndexedPhrase[] {
  if (!cache) return dictionary.byFirstWord.get(key) ?? NO_PHRASES;
  let candidates = cache.get(key);
  if (!candidates) {
    if (cache.size >= MAX_CACHED_KEYS) cache.clear();
    candidates = stemCandidates(dictionary, key, dictionary.byFirstWord.get(key) ?? NO_PHRASES);
    cache.set(key, candidates);
  }
  return candidates;
}

function stemCandidates(dictionary: ActorDictionary, key: string, exact: readonly IndexedPhrase[]): readonly IndexedPhrase[] {
  const stems = dictionary.stemLengths.filter((length) => length < key.length).flatMap((length) =>
    (dictionary.byFirstWord.get(key.slice(0, length)) ?? []).filter(({ phrase }) => phrase.isStem && phrase.text.length === length),
  );
  return stems.length === 0 ? exact : [...exact, ...stems];
}

/** The code an entry carries on a date: a dated code covering it, else the undated one. */
export function codeOn(entry: DictionaryEntry, date: string | undefined): string | undefined {
  if (entry.kind === 'agent') return entry.code;
  const dated = date ? datedCodeOn(entry, date.slice(0, 10)) : undefined;
  return dated ?? entry.code ?? entry.datedCodes.find((code) => !code.to)?.code;
}

/** The dated code of an actor covering a day (`YYYY-MM-DD`), if one does: an office held on that day. */
export function datedCodeOn(entry: ActorEntry, day: string): string | undefined {
  return entry.datedCodes.find((code) => (!code.from || code.from <= day) && (!code.to || day <= code.to))?.code;
}

/**
 * Consumes whole tokens against the phrase text; spaces in the phrase must fall on token boundaries. The phrase's rest
 * is compared in place (no `slice`): this runs for every candidate phrase at every token of every sentence.
 */
function matchPhraseAt(tokens: readonly Token[], lower: readonly string[] | undefined, start: number, end: number, phrase: DictionaryPhrase): number | undefined {
  const text = phrase.text;
  let position = 0;
  let isMidWord = false;
  for (let index = start; index <= end; index++) {
    const token = tokens[index];
    if (!token || (isMidWord && token.precededBySpace)) return undefined;
    // "Dol_Amroth": TABARI texts may join a name's words with `_`, as its dictionaries do; the tokenizer splits it off.
    if (token.text === '_' && !isMidWord && position > 0 && !token.precededBySpace) continue;
    const word = phrase.isCaseSensitive ? token.text : (lower?.[index] ?? token.text.toLowerCase());
    if (text.startsWith(word, position)) {
      position += word.length;
    } else if (
      text.indexOf(' ', position) < 0 &&
      !phrase.isUninflected &&
      (isInflection(word, text, position) || (phrase.isStem && isRestPrefixOf(text, position, word)) || isRestEqual(text, position, token.lemma))
    ) {
      position = text.length;
    } else {
      return undefined;
    }
    if (position === text.length) return index;
    isMidWord = text[position] !== ' ';
    if (!isMidWord) position += 1;
  }
  return undefined;
}

/** Whether `word` is `text.slice(from)` plus "s" or "es", or with a final "y" turned into "ies". */
function isInflection(word: string, text: string, from: number): boolean {
  const length = text.length - from;
  if (word.length === length + 1) return word.endsWith('s') && isRestPrefixOf(text, from, word);
  if (word.length !== length + 2) return false;
  if (word.endsWith('es') && isRestPrefixOf(text, from, word)) return true;
  return length > 0 && text.endsWith('y') && word.endsWith('ies') && isPrefixOf(text, from, text.length - 1, word);
}

/** Whether `text.slice(from)` equals `word`. */
function isRestEqual(text: string, from: number, word: string): boolean {
  return word.length === text.length - from && text.startsWith(word, from);
}

/** Whether `word` starts with `text.slice(from)`. */
function isRestPrefixOf(text: string, from: number, word: string): boolean {
  return isPrefixOf(text, from, text.length, word);
}

/** Whether `word` starts with `text.slice(from, to)`. */
function isPrefixOf(text: string, from: number, to: number, word: string): boolean {
  if (word.length < to - from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== word.charCodeAt(i - from)) return false;
  return true;
}
