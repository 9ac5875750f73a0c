import { InputError } from '../model/errors.ts';
import type { SourceFormat } from './detect-format.ts';
import { extractPageArticle } from './extract-page-article.ts';
import { parseFeedArticles } from './parse-feed-articles.ts';
import { parseJsonlLine } from './parse-jsonl-line.ts';
import type { SourceItem } from './source-item.ts';

/** Turns the whole content of one source (file, page, stdin) into items, by its detected format. */
export function itemsFromContent(content: string, format: SourceFormat, where: string, url?: string): SourceItem[] {
  if (content.trim().length === 0) {
    throw new InputError(`${where} is empty.`, 'Pass a file, URL or stdin that holds an article, a feed or JSONL.');
  }
  switch (format) {
    case 'feed':
      return parseFeedArticles(content, where);
    case 'html':
      return [{ label: where, article: extractPageArticle(content, where, url) }];
    case 'jsonl':
      return content.split('\n').flatMap((line, index) => parseJsonlLine(line, index + 1, where) ?? []);
    case 'text':
      return [{ label: where, article: { text: content, ...(url ? { url } : {}) } }];
  }
}
