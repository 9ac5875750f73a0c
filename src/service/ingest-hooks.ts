import type { AnalyzedDocument } from '../model/document.ts';
import type { PutResult, Store } from '../storage/store.ts';
import { createCorpusHook } from './corpus-hook.ts';

/**
 * Extension points of the ingest workflow, for cross-document work (duplicates, stories, corroboration).
 * `beforeStore` may return an enriched document; `afterStore` sees the stored id and whether it was new.
 */
export interface IngestHook {
  readonly name: string;
  beforeStore?(doc: AnalyzedDocument, store: Store): AnalyzedDocument | Promise<AnalyzedDocument>;
  afterStore?(doc: AnalyzedDocument, result: PutResult, store: Store): void | Promise<void>;
}

/** The hooks every ingest runs, in order. The corpus layer registers duplicate detection and story clustering here. */
export const defaultIngestHooks: readonly IngestHook[] = [createCorpusHook()];
