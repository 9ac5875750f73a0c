import { chunksOf, tagsOf } from './chunks.ts';

/**
 * Makes an article's person labels consistent: a lone capitalised word left unlabelled that is part of a person's
 * full name elsewhere in the article ("Okafor" after "Ngozi Okafor") is that person. On CoNLL eng.testa this adds
 * a little PER recall; voting every name to its majority type was tried and lost F1 (clubs named after towns).
 */
export function harmoniseLabels(sentences: readonly (readonly string[])[], labels: readonly (readonly string[])[]): string[][] {
  const chunks = labels.map((tags) => chunksOf(tags));
  const nameParts = new Set<string>();
  chunks.forEach((list, n) => {
    const words = sentences[n] ?? [];
    for (const chunk of list) {
      if (chunk.type !== 'PER' || chunk.end - chunk.start < 2) continue;
      for (const word of words.slice(chunk.start, chunk.end)) if (/^\p{Lu}\p{Ll}+$/u.test(word)) nameParts.add(word);
    }
  });
  return chunks.map((list, n) => {
    const words = sentences[n] ?? [];
    const tags = labels[n] ?? [];
    if (nameParts.size === 0 || !words.some((word) => nameParts.has(word))) return tags.slice();
    const covered = new Uint8Array(words.length);
    for (const chunk of list) covered.fill(1, chunk.start, chunk.end);
    const added = words.flatMap((word, i) => (!covered[i] && nameParts.has(word) ? [{ start: i, end: i + 1, type: 'PER' }] : []));
    return added.length === 0 ? tags.slice() : tagsOf([...list, ...added], words.length);
  });
}
