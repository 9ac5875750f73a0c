import type { ArticleMeta } from '../model/document.ts';
import type { Diagnostic } from '../model/diagnostic.ts';

/** One article as a source delivered it, before analysis. */
export interface RawArticle {
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  /** ISO 8601 date or date-time. */
  readonly published?: string;
  /** Feed item id: re-ingesting the same item never duplicates it. */
  readonly guid?: string;
  /** Findings about the source itself (an unreadable date, a page with little text), added to the analysed document. */
  readonly diagnostics?: readonly Diagnostic[];
}

/** The analyzer's metadata for a raw article, without undefined fields. */
export function articleMetaOf(article: RawArticle): ArticleMeta {
  return {
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.guid ? { guid: article.guid } : {}),
    ...(article.source ? { source: article.source } : {}),
    ...(article.published ? { published: article.published } : {}),
  };
}
