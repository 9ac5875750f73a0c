import type { Analyzer } from '../pipeline/analyzer.ts';
import type { Store } from '../storage/store.ts';

/** What the HTTP app needs from the rest of tidings: a store and a ready analyzer. */
export interface AppDeps {
  readonly store: Store;
  readonly analyzer: Analyzer;
  /** Folder holding the built web UI; defaults to `dist/web` beside the compiled module. */
  readonly webRoot?: string;
  /** Where unexpected errors are logged (defaults to stderr). */
  readonly log?: (line: string) => void;
}
