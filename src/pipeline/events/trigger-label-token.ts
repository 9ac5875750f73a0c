import type { Token } from '../../model/token.ts';

/** A coder's trigger label: the word as written and, when it occurs more than once, which occurrence (from 1). */
export interface TriggerLabel {
  readonly trigger?: string;
  readonly triggerIndex?: number;
}

/** Why a label names no token: no label, the word absent (or fewer occurrences than its index), or inside no token. */
export type TriggerLabelMiss = 'unlabelled' | 'word-not-found' | 'occurrence-not-found' | 'no-token';

/** The token a label names (`index`), or why none. */
export type TriggerLabelToken = { readonly index: number } | { readonly miss: TriggerLabelMiss };

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The token of `tokens` that carries a labelled trigger of `text`: the label's N-th whole-word occurrence (the first
 * when no index is given; a case-blind match when the exact one is absent), read by character offsets, so a label
 * maps onto whatever tokens the segmenter made of the same text.
 */
export function triggerLabelToken(text: string, tokens: readonly Token[], label: TriggerLabel): TriggerLabelToken {
  const found = triggerLabelStart(text, label);
  if ('miss' in found) return found;
  const index = tokens.findIndex((token) => token.span.start <= found.start && found.start < token.span.end);
  return index < 0 ? { miss: 'no-token' } : { index };
}

/** Where in `text` a label's word starts (its N-th whole-word occurrence), or why it cannot be found. */
export function triggerLabelStart(text: string, label: TriggerLabel): { readonly start: number } | { readonly miss: Exclude<TriggerLabelMiss, 'no-token'> } {
  const word = label.trigger?.trim();
  if (!word) return { miss: 'unlabelled' };
  let starts = wordStarts(text, word, false);
  if (starts.length === 0) starts = wordStarts(text, word, true);
  if (starts.length === 0) return { miss: 'word-not-found' };
  const start = starts[(label.triggerIndex ?? 1) - 1];
  return start === undefined ? { miss: 'occurrence-not-found' } : { start };
}

/** Where `word` occurs in `text` with no letter or digit touching either end. */
function wordStarts(text: string, word: string, isCaseBlind: boolean): number[] {
  const haystack = isCaseBlind ? text.toLowerCase() : text;
  const needle = isCaseBlind ? word.toLowerCase() : word;
  const starts: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) starts.push(at);
  }
  return starts;
}
