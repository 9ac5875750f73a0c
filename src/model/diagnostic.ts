import type { Span } from './span.ts';

/** A finding that is not a failure (an ambiguous date, an unresolved place, an empty feed): data, never thrown. */
export interface Diagnostic {
  readonly severity: 'info' | 'warning' | 'error';
  /** Stage or component that reported it, e.g. `dates`, `ingest`. */
  readonly source: string;
  /** Stable machine-readable id, e.g. `dates/no-publication-date`. */
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
}
