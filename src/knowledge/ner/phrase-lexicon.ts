/** Lower-cased multi-word names with their categories ("north korea" → country), matched over token sequences. */
export class PhraseLexicon {
  private readonly entries = new Map<string, string[]>();
  // Every proper prefix of an entry, so matching stops as soon as no longer name can follow.
  private readonly prefixes = new Set<string>();
  /**
   * Every name's first word: `startsPhrase` costs one look-up for a word with no space (it runs on every new capitalised
   * word), from a set far smaller than one of every entry and prefix (that set's slots cost ~0.7 MB of heap).
   */
  private readonly firstWords = new Set<string>();
  private longest = 1;

  /** Adds a name under a category; the name is split on spaces, as the recogniser's words are. */
  add(name: string, category: string): void {
    const words = name.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const key = words.join(' ');
    for (let n = 1; n < words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
    this.firstWords.add(words[0] as string);
    const categories = this.entries.get(key);
    if (!categories) this.entries.set(key, [category]);
    else if (!categories.includes(category)) categories.push(category);
    this.longest = Math.max(this.longest, words.length);
  }

  /** Categories of an exact (lower-cased, space-joined) phrase, if any. */
  lookup(phrase: string): readonly string[] | undefined {
    return this.entries.get(phrase.toLowerCase());
  }

  /** Whether some name starts with this lower-cased word: if not, no phrase match can begin there. */
  startsPhrase(word: string): boolean {
    // The one-word entries and prefixes are the first words; a string with a space can only be a longer one.
    return word.includes(' ') ? this.entries.has(word) || this.prefixes.has(word) : this.firstWords.has(word);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Longest non-overlapping phrases found in the words, left to right. With `requireCapital` (the default) a phrase
   * must start and end with a capitalised word; lower-cased social-media text can be matched without it. `mayStart`,
   * when given, says whether `startsPhrase` holds for a word's lower-cased form (the caller caches it per word).
   */
  matches(words: readonly string[], requireCapital = true, mayStart?: (index: number) => boolean): { start: number; end: number; categories: readonly string[] }[] {
    const found: { start: number; end: number; categories: readonly string[] }[] = [];
    for (let start = 0; start < words.length; start++) {
      if (requireCapital && !startsUpper(words[start] ?? '')) continue;
      // The caller knows (by word id) that no name starts with this word: the look-ups below could only miss.
      if (mayStart && !mayStart(start)) continue;
      let phrase = '';
      let best: { start: number; end: number; categories: readonly string[] } | undefined;
      for (let end = start; end < Math.min(words.length, start + this.longest); end++) {
        const word = (words[end] ?? '').toLowerCase();
        phrase = end === start ? word : `${phrase} ${word}`;
        const categories = this.entries.get(phrase);
        if (categories && (!requireCapital || startsUpper(words[end] ?? ''))) best = { start, end: end + 1, categories };
        if (!this.prefixes.has(phrase)) break;
      }
      if (best) {
        found.push(best);
        start = best.end - 1;
      }
    }
    return found;
  }

  /**
   * For each word, the gazetteer tags covering it (`country:B`, `city:I`). Only capitalised phrases count,
   * so "the", "of" or "best" never match a town that happens to bear the name. `lower` saves lower-casing the words
   * again when the caller has them; `canStart`, when given, says which words are capitalised and `startsPhrase` (no
   * other word can begin a tag), so those look-ups are not repeated.
   */
  tag(
    words: readonly string[],
    lower: readonly string[] = words.map((w) => w.toLowerCase()),
    canStart?: (index: number) => boolean,
  ): (string[] | undefined)[] {
    const tags: (string[] | undefined)[] = new Array<string[] | undefined>(words.length);
    for (let start = 0; start < words.length; start++) {
      if (canStart ? !canStart(start) : !startsUpper(words[start] ?? '')) continue;
      let phrase = '';
      for (let end = start; end < Math.min(words.length, start + this.longest); end++) {
        phrase = end === start ? (lower[end] ?? '') : `${phrase} ${lower[end] ?? ''}`;
        const categories = this.entries.get(phrase);
        if (categories && startsUpper(words[end] ?? '')) {
          for (const category of categories) {
            for (let i = start; i <= end; i++) (tags[i] ??= []).push(`${category}:${i === start ? 'B' : 'I'}`);
          }
        }
        if (!this.prefixes.has(phrase)) break;
      }
    }
    return tags;
  }
}

/** Whether a word may start or end a listed name in cased text: it begins with a capital letter or a digit. */
export function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII first: letters and digits answer without a lower-cased copy or a regex.
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
