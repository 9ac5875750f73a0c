import type { Token } from '../../model/token.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';

/**
 * "the Turkish offensive against…", "the army's offensive on…": a word tagged as an adjective that ends a noun phrase
 * opened by a determiner or a possessor (no noun after it to describe) is that phrase's head noun.
 */
export function isNounTaggedAdjective(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.pos !== 'ADJ' || HEAD_FOLLOWERS.has(tokens[index + 1]?.pos ?? '') === false) return false;
  for (let at = index - 1; at >= index - 3; at--) {
    const pos = tokens[at]?.pos;
    if (pos === 'DET' || POSSESSIVE_MARKS.has(tokens[at]?.text ?? '')) return true;
    if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NOUN') return false;
  }
  return false;
}

/** What may follow a noun phrase's head: a preposition, punctuation, a relative or a new clause's word. */
const HEAD_FOLLOWERS = new Set(['ADP', 'PUNCT', 'PRON', 'SCONJ', 'DET', 'CCONJ']);
