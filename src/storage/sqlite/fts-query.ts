/**
 * Turns what a user types into a safe FTS5 query: quoted phrases stay phrases, other words are ANDed, a trailing
 * `*` keeps prefix search, and FTS syntax characters are never interpreted (so `C++` or `"unclosed` cannot fail).
 * Returns undefined when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | undefined {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = wordsOf(phrase);
      if (words.length > 0) terms.push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = match[2] ?? '';
    const isPrefix = raw.endsWith('*');
    for (const word of wordsOf(raw)) terms.push(isPrefix ? `"${word}"*` : `"${word}"`);
  }
  return terms.length > 0 ? terms.join(' ') : undefined;
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
