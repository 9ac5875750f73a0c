import type { ApiGuardOptions } from './middleware/api-guards.ts';
import type { IngestHook } from '../service/ingest-hooks.ts';
import type { Analyzer } from '../pipeline/analyzer.ts';
import type { Store } from '../storage/store.ts';

/** What the HTTP app needs from the rest of tidings: a store and a ready analyzer. */
export interface AppDeps {
  readonly store: Store;
  readonly analyzer: Analyzer;
  /** Folder holding the built web UI; defaults to `dist/web` beside the compiled module. */
  readonly webRoot?: string;
  /** Address the server listens on; writes need a token beyond loopback (default 127.0.0.1). */
  readonly host?: string;
  /** Overrides for the rate, token and body-size guards. */
  readonly guards?: Omit<ApiGuardOptions, 'host'>;
  /** Ingest hooks (duplicates, stories, watchlists); defaults to the service's standard hooks. */
  readonly hooks?: readonly IngestHook[];
  /** Where unexpected errors are logged (defaults to stderr). */
  readonly log?: (line: string) => void;
}
