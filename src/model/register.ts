import type { Span } from './span.ts';

export type RegisterSpanKind = 'slang' | 'idiom' | 'hedge' | 'editorial' | 'sensational' | 'clickbait';

export interface RegisterSpan {
  readonly kind: RegisterSpanKind;
  readonly text: string;
  readonly span: Span;
}

/** Tone and style of an article, and the plain facts it states, so the facts survive its style. */
export interface Register {
  /** Mean valence per token scaled to GDELT's -100..100 tone. */
  readonly tone: number;
  /** Per-sentence tone, same scale, aligned with `sentences`. */
  readonly sentenceTone: readonly number[];
  /** 0 (wire copy) .. 1 (chatty retelling). */
  readonly informality: number;
  readonly hedging: number;
  readonly profile: 'neutral' | 'opinion' | 'tabloid' | 'informal-retelling';
  readonly spans: readonly RegisterSpan[];
  /** A short neutral list of stated facts, each with its source in brackets. */
  readonly plainFacts: readonly string[];
}
