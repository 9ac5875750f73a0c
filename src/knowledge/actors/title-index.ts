import { TITLES, type Title } from './titles.ts';

/** Titles indexed by their lower-cased words, to find the longest title ending at a word. */
export class TitleIndex {
  private readonly byText = new Map<string, Title>();
  private readonly words = new Set<string>();
  private readonly longest: number;

  constructor(titles: readonly Title[] = TITLES) {
    let longest = 1;
    for (const title of titles) {
      this.byText.set(title.title, title);
      const words = title.title.split(' ');
      for (const word of words) this.words.add(word);
      longest = Math.max(longest, words.length);
    }
    this.longest = longest;
  }

  /** Whether a (lower-cased) word can be part of a title ("prime", "minister", "cheese"). */
  hasWord(word: string): boolean {
    return this.words.has(word);
  }

  /** The longest title ending at `words[end]` (lower-cased words), with where it starts. */
  endingAt(words: readonly string[], end: number): { title: Title; start: number } | undefined {
    for (let start = Math.max(0, end - this.longest + 1); start <= end; start++) {
      const title = this.byText.get(words.slice(start, end + 1).join(' '));
      if (title) return { title, start };
    }
    return undefined;
  }
}
