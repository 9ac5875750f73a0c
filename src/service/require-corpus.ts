import { ConfigError } from '../model/errors.ts';
import type { CorpusStore } from '../storage/corpus-store.ts';
import type { Store } from '../storage/store.ts';

/** The store's corpus tables, or a ConfigError saying this store does not have them. */
export function requireCorpus(store: Store): CorpusStore {
  if (!store.corpus) {
    throw new ConfigError(
      `Stories, duplicates and watches are not available on the ${store.kind} store yet.`,
      'Use a SQLite store (--db path/to/tidings.db) for these commands.',
    );
  }
  return store.corpus;
}
