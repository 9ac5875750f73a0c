import { chunksOf } from './chunks.ts';

/**
 * Every word of a person's name of two or more words the labels hold: a one-word name that is one of them ("Chelsea" where
 * "Chelsea Clinton" is named) is that person again, not a place or a club.
 */
export function personNameParts(sentences: readonly (readonly string[])[], labels: readonly string[][]): Set<string> {
  const parts = new Set<string>();
  labels.forEach((tags, n) => {
    for (const chunk of chunksOf(tags)) {
      if (chunk.type !== 'PER' || chunk.end - chunk.start < 2) continue;
      for (const word of (sentences[n] ?? []).slice(chunk.start, chunk.end)) parts.add(word);
    }
  });
  return parts;
}
