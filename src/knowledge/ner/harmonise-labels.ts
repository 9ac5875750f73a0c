import { chunksOf, tagsOf } from './chunks.ts';

/**
 * Makes an article's person labels consistent: a lone capitalised word left unlabelled that is part of a person's
 * full name elsewhere in the article ("Okafor" after "Ngozi Okafor") is that person. On CoNLL eng.testa this adds
 * a little PER recall; voting every name to its majority type was tried and lost F1 (clubs named after towns).
 */
export function harmoniseLabels(sentences: readonly (readonly string[])[], labels: readonly (readonly string[])[]): string[][] {
  // Loops rather than callbacks per sentence and per word: until V8 optimises the caller, each callback call from a
  // builtin (`some`, `map`, `forEach`) is a full call, and a text read once runs mostly before that.
  const nameParts = new Set<string>();
  for (let n = 0; n < labels.length; n++) addNameParts(sentences[n] ?? [], labels[n] ?? [], nameParts);
  const harmonised = new Array<string[]>(labels.length);
  for (let n = 0; n < labels.length; n++) harmonised[n] = harmoniseSentence(sentences[n] ?? [], labels[n] ?? [], nameParts);
  return harmonised;
}

/** The capitalised words of the sentence's persons named in full (two words or more). */
function addNameParts(words: readonly string[], tags: readonly string[], nameParts: Set<string>): void {
  // Only a sentence with a chunk continuing past its first word can hold a full name.
  if (!hasContinuation(tags)) return;
  for (const chunk of chunksOf(tags)) {
    if (chunk.type !== 'PER' || chunk.end - chunk.start < 2) continue;
    for (const word of words.slice(chunk.start, chunk.end)) if (/^\p{Lu}\p{Ll}+$/u.test(word)) nameParts.add(word);
  }
}

/** The sentence's tags with each word outside a chunk that is one of the article's name parts labelled a one-word PER. */
function harmoniseSentence(words: readonly string[], tags: readonly string[], nameParts: ReadonlySet<string>): string[] {
  if (nameParts.size === 0 || !hasNamePart(words, nameParts)) return tags.slice();
  const list = chunksOf(tags);
  const covered = new Uint8Array(words.length);
  for (const chunk of list) covered.fill(1, chunk.start, chunk.end);
  const added = words.flatMap((word, i) => (!covered[i] && nameParts.has(word) ? [{ start: i, end: i + 1, type: 'PER' }] : []));
  return added.length === 0 ? tags.slice() : tagsOf([...list, ...added], words.length);
}

function hasContinuation(tags: readonly string[]): boolean {
  for (let i = 0; i < tags.length; i++) if (continuesChunk(tags[i] as string)) return true;
  return false;
}

function hasNamePart(words: readonly string[], nameParts: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (mayBeCapitalised(word) && nameParts.has(word)) return true;
  }
  return false;
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
