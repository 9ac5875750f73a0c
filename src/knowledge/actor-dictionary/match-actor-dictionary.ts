import type { Span } from '../../model/span.ts';
import type { Token } from '../../model/token.ts';
import { firstWordKey, type ActorDictionary, type DictionaryEntry, type DictionaryPhrase, type IndexedPhrase } from './actor-dictionary.ts';

/** A dictionary hit over tokens: the code valid on `date` (actors) or the role code (agents). */
export interface ActorDictionaryMatch {
  readonly span: Span;
  readonly firstToken: number;
  readonly lastToken: number;
  readonly code: string | undefined;
  readonly name: string;
  readonly entry: DictionaryEntry;
}

/** Finds the longest dictionary phrase at each token, left to right; `date` (ISO) picks dated codes. */
export function matchActorDictionary(
  dictionary: ActorDictionary,
  tokens: readonly Token[],
  options: { readonly date?: string; readonly from?: number; readonly to?: number } = {},
): ActorDictionaryMatch[] {
  const matches: ActorDictionaryMatch[] = [];
  const end = Math.min(options.to ?? tokens.length - 1, tokens.length - 1);
  for (let index = options.from ?? 0; index <= end; index++) {
    const token = tokens[index];
    if (!token) continue;
    const key = firstWordKey(token.text);
    const lemmaKey = firstWordKey(token.lemma);
    const bucket = lemmaKey === key ? candidatesFor(dictionary, key) : [...candidatesFor(dictionary, key), ...candidatesFor(dictionary, lemmaKey)];
    if (bucket.length === 0) continue;
    let best: { last: number; entry: DictionaryEntry } | undefined;
    for (const { phrase, entry } of bucket) {
      const last = matchPhraseAt(tokens, index, end, phrase);
      if (last !== undefined && (!best || last > best.last)) best = { last, entry };
    }
    if (!best) continue;
    const lastToken = tokens[best.last] ?? token;
    matches.push({
      span: { start: token.span.start, end: lastToken.span.end },
      firstToken: index,
      lastToken: best.last,
      code: codeOn(best.entry, options.date),
      name: best.entry.name,
      entry: best.entry,
    });
    index = best.last;
  }
  return matches;
}

// Candidates per dictionary and first word, remembered across documents: the stem scan filtered every stem length
// for every token. Dictionaries are immutable once built; the size bound keeps odd vocabularies from growing it forever.
const candidateCache = new WeakMap<ActorDictionary, Map<string, readonly IndexedPhrase[]>>();
const MAX_CACHED_KEYS = 100_000;

/** Phrases starting with this word, plus one-word stems that are a prefix of it. */
function candidatesFor(dictionary: ActorDictionary, key: string): readonly IndexedPhrase[] {
  const exact = dictionary.byFirstWord.get(key) ?? [];
  if (dictionary.stemLengths.length === 0) return exact;
  let cache = candidateCache.get(dictionary);
  if (!cache) candidateCache.set(dictionary, (cache = new Map()));
  let candidates = cache.get(key);
  if (!candidates) {
    if (cache.size >= MAX_CACHED_KEYS) cache.clear();
    candidates = stemCandidates(dictionary, key, exact);
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
  if (date) {
    const day = date.slice(0, 10);
    const dated = entry.datedCodes.find((code) => (!code.from || code.from <= day) && (!code.to || day <= code.to));
    if (dated) return dated.code;
  }
  return entry.code ?? entry.datedCodes.find((code) => !code.to)?.code;
}

/** Consumes whole tokens against the phrase text; spaces in the phrase must fall on token boundaries. */
function matchPhraseAt(tokens: readonly Token[], start: number, end: number, phrase: DictionaryPhrase): number | undefined {
  const text = phrase.text;
  let position = 0;
  let isMidWord = false;
  for (let index = start; index <= end; index++) {
    const token = tokens[index];
    if (!token || (isMidWord && token.precededBySpace)) return undefined;
    // "Dol_Amroth": TABARI texts may join a name's words with `_`, as its dictionaries do; the tokenizer splits it off.
    if (token.text === '_' && !isMidWord && position > 0 && !token.precededBySpace) continue;
    const word = phrase.isCaseSensitive ? token.text : token.text.toLowerCase();
    const rest = text.slice(position);
    if (rest.startsWith(word)) {
      position += word.length;
    } else if (!rest.includes(' ') && !phrase.isUninflected && (isInflection(word, rest) || (phrase.isStem && word.startsWith(rest)) || token.lemma === rest)) {
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

function isInflection(word: string, base: string): boolean {
  return word === `${base}s` || word === `${base}es` || (base.endsWith('y') && word === `${base.slice(0, -1)}ies`);
}
