/** A code valid for an actor between two ISO dates (inclusive); open ends are undefined. */
export interface DatedCode {
  readonly code: string;
  readonly from?: string;
  readonly to?: string;
}

/** One phrase that names an actor or an agent, as lower-case text with single spaces between words. */
export interface DictionaryPhrase {
  readonly text: string;
  /** Whether the last word may be a stem ("argentin" matches "Argentine"), as in TABARI entries without `_`. */
  readonly isStem: boolean;
  /** Short upper-case names ("US", "UN") match only as written, so "us" stays a pronoun. */
  readonly isCaseSensitive?: boolean;
  /** A TABARI name with a `{…}` list: no plural or other form of it matches, only the forms listed ("POLICE {}" misses "polices"). */
  readonly isUninflected?: boolean;
}

/** A phrase from a name as written: short all-caps names keep their case. */
export function phraseFromName(name: string): DictionaryPhrase {
  const text = name.replace(/\s+/g, ' ').trim();
  return /^[A-Z.]{1,4}$/.test(text) ? { text, isStem: false, isCaseSensitive: true } : { text: text.toLowerCase(), isStem: false };
}

/** A named actor (country, person, organisation) and its CAMEO codes over time. */
export interface ActorEntry {
  readonly kind: 'actor';
  readonly name: string;
  readonly phrases: readonly DictionaryPhrase[];
  /** The code used when no dated code covers the date. */
  readonly code?: string;
  readonly datedCodes: readonly DatedCode[];
}

/** A generic agent noun ("government", "foreign minister") that adds a role code to a country: `~GOV` → `RUSGOV`. */
export interface AgentEntry {
  readonly kind: 'agent';
  readonly name: string;
  readonly phrases: readonly DictionaryPhrase[];
  readonly code: string;
  /** Where the agent code goes relative to the country code (`~GOV` → after, `GOV~` → before). */
  readonly placement: 'after' | 'before';
}

export type DictionaryEntry = ActorEntry | AgentEntry;

/** Entries indexed by the first word of their phrases, so matching stays linear in tokens. */
export interface ActorDictionary {
  readonly entries: readonly DictionaryEntry[];
  readonly byFirstWord: ReadonlyMap<string, readonly IndexedPhrase[]>;
  /** Lengths of one-word stems ("argentin"), so a token can also be looked up by its prefixes of those lengths. */
  readonly stemLengths: readonly number[];
}

/** A phrase with its entry, sorted longest first inside each index bucket. */
export interface IndexedPhrase {
  readonly phrase: DictionaryPhrase;
  readonly entry: DictionaryEntry;
}

/** The index key of a phrase or token: its first run of letters and digits. */
export function firstWordKey(text: string): string {
  const lower = text.toLowerCase();
  // ASCII text answers by a scan (this runs twice per token, and most tokens are plain words or punctuation); the
  // Unicode classes only for the rest. The text's end is read as a space, so the word is cut in the loop: code V8
  // compiled on the spot in it had no feedback for a cut after it and bailed out there at every later call.
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (code >= 128) return firstUnicodeWord(lower);
    const isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWordChar && start < 0) start = i;
    else if (!isWordChar && start >= 0) return lower.slice(start, i);
  }
  // ASCII with no letter or digit ("...", "&"): the text is its own key.
  return lower;
}

function firstUnicodeWord(lower: string): string {
  const match = /[\p{L}\p{N}]+/u.exec(lower);
  return match ? match[0] : lower;
}

/** Builds the lookup index over a set of entries; later entries win ties with earlier ones. */
export function indexActorDictionary(entries: readonly DictionaryEntry[]): ActorDictionary {
  const byFirstWord = new Map<string, IndexedPhrase[]>();
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const key = firstWordKey(phrase.text);
      const bucket = byFirstWord.get(key) ?? [];
      bucket.unshift({ phrase, entry });
      byFirstWord.set(key, bucket);
    }
  }
  // Longest first; on equal length a named actor ("Kremlin") wins over the same word as an agent noun.
  for (const bucket of byFirstWord.values()) {
    bucket.sort((a, b) => b.phrase.text.length - a.phrase.text.length || (a.entry.kind === b.entry.kind ? 0 : a.entry.kind === 'actor' ? -1 : 1));
  }
  const stemLengths = new Set<number>();
  for (const entry of entries) for (const phrase of entry.phrases) if (phrase.isStem && !phrase.text.includes(' ')) stemLengths.add(phrase.text.length);
  return { entries, byFirstWord, stemLengths: [...stemLengths] };
}
