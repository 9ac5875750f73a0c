import type { InputError } from '../model/errors.ts';
import type { RawArticle } from './raw-article.ts';

/**
 * One item a source yielded: an article, or the reason this item (a feed entry, a JSONL line, a file in a folder)
 * could not be read. Item failures are reported and skipped; a source that cannot be read at all throws instead.
 */
export type SourceItem =
  | { readonly label: string; readonly article: RawArticle }
  | { readonly label: string; readonly error: InputError };
