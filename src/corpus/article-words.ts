import { createHash } from 'node:crypto';

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words with punctuation and layout dropped: the form both exact and near duplicates compare. */
export function articleWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The exact-duplicate key: a hash of the headline and body words, so re-encoded quotes, spacing or case do not
 * hide a copy, while the same body under another headline is left to the near-duplicate check.
 */
export function exactFingerprint(title: string | undefined, text: string): string {
  const words = articleWords(title ? `${title}\n${text}` : text);
  return createHash('sha1').update(words.join(' ')).digest('hex').slice(0, 24);
}
