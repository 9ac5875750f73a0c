import { chunksOf, tagsOf } from './chunks.ts';

/**
 * Makes an article's person labels consistent: a lone capitalised word left unlabelled that is part of a person's
 * full name elsewhere in the article ("Okafor" after "Ngozi Okafor") is that person. On CoNLL eng.testa this adds
 * a little PER recall; voting every name to its majority type was tried and lost F1 (clubs named after towns).
 */
export function harmoniseLabels(sentences: readonly (readonly string[])[], labels: readonly (readonly string[])[]): string[][] {
  const nameParts = new Set<string>();
  labels.forEach((tags, n) => {
    // Only a sentence with a chunk continuing past its first word can hold a full name.
    if (!tags.some(continuesChunk)) return;
    const words = sentences[n] ?? [];
    for (const chunk of chunksOf(tags)) {
      if (chunk.type !== 'PER' || chunk.end - chunk.start < 2) continue;
      for (const word of words.slice(chunk.start, chunk.end)) if (/^\p{Lu}\p{Ll}+$/u.test(word)) nameParts.add(word);
    }
  });
  return labels.map((tags, n) => {
    const words = sentences[n] ?? [];
    if (nameParts.size === 0 || !words.some((word) => mayBeCapitalised(word) && nameParts.has(word))) return tags.slice();
    const list = chunksOf(tags);
    const covered = new Uint8Array(words.length);
    for (const chunk of list) covered.fill(1, chunk.start, chunk.end);
    const added = words.flatMap((word, i) => (!covered[i] && nameParts.has(word) ? [{ start: i, end: i + 1, type: 'PER' }] : []));
    return added.length === 0 ? tags.slice() : tagsOf([...list, ...added], words.length);
  });
}

// `I-` and `E-` (IOBES) are the only tags that extend a chunk begun on an earlier word.
function continuesChunk(tag: string): boolean {
  const prefix = tag.charCodeAt(0);
  return (prefix === 73 || prefix === 69) && tag.charCodeAt(1) === 45;
}

// Name parts start with an upper-case letter: an ASCII word starting otherwise needs no set lookup.
function mayBeCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return first > 127 || (first >= 65 && first <= 90);
}
