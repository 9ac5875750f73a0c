/**
 * Turns what a user types into a PostgreSQL `to_tsquery` string with the same meaning as the SQLite FTS query:
 * quoted phrases stay phrases (`<->`), other words are ANDed, a trailing `*` keeps prefix search. Only letters and
 * digits reach the query, so tsquery operators typed by a user can never be interpreted. Undefined when nothing is left.
 */
export function toTsQuery(text: string): string | undefined {
  const terms: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = wordsOf(phrase);
      if (words.length > 0) terms.push(words.length === 1 ? `'${words[0]}'` : `(${words.map((w) => `'${w}'`).join(' <-> ')})`);
      continue;
    }
    const raw = match[2] ?? '';
    const isPrefix = raw.endsWith('*');
    for (const word of wordsOf(raw)) terms.push(isPrefix ? `'${word}':*` : `'${word}'`);
  }
  return terms.length > 0 ? terms.join(' & ') : undefined;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
