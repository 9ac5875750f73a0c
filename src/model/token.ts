import type { Span } from './span.ts';

/** One token from segmentation: its text, span, universal POS tag and lemma-ish normal form. */
export interface Token {
  readonly text: string;
  readonly span: Span;
  /** Universal POS tag (NOUN, PROPN, VERB, ADP, …) from wink-nlp. */
  readonly pos: string;
  /** Lower-cased normal form used for matching (lemma where available). */
  readonly lemma: string;
  /** Whether whitespace precedes this token in the original text. */
  readonly precededBySpace: boolean;
}

/** A sentence with the index range of its tokens (`[firstToken, lastToken]` inclusive, into `tokens`). */
export interface Sentence {
  readonly span: Span;
  readonly firstToken: number;
  readonly lastToken: number;
}
