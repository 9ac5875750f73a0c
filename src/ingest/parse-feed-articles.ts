import { parseFeed } from 'feedsmith';
import { InputError } from '../model/errors.ts';
import { feedEntries, type FeedEntry } from './feed-entries.ts';
import { htmlToText, looksLikeHtml } from './html-to-text.ts';
import { parseSourceDate } from './parse-published.ts';
import type { SourceItem } from './source-item.ts';

/** Parses an RSS 1.0/2.0, Atom or JSON Feed document into one item per entry, HTML content reduced to text. */
export function parseFeedArticles(content: string, where: string): SourceItem[] {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      `${where} is not a feed tidings can read (${reason}).`,
      'Pass an RSS 1.0/2.0, Atom or JSON Feed document, or an article page/text file.',
    );
  }
  const { title, entries } = feedEntries(parsed);
  if (entries.length === 0) {
    throw new InputError(`The feed ${where}${title ? ` ("${title}")` : ''} has no items.`, 'Nothing to read; check the feed URL or try again later.');
  }
  return entries.map((entry, index) => toItem(entry, index, where, title));
}

function toItem(entry: FeedEntry, index: number, where: string, feedTitle: string | undefined): SourceItem {
  const title = entry.title ? plain(entry.title) : undefined;
  const label = `${where} item ${index + 1}${title ? ` "${title.slice(0, 60)}"` : ''}`;
  const body = entry.bodies.find((candidate) => candidate && plain(candidate).length > 0);
  if (!body) {
    return { label, error: new InputError(`Feed item ${index + 1} of ${where} has no text (no content, summary or description).`) };
  }
  const date = parseSourceDate(entry.published, `item ${index + 1} of ${where}`);
  return {
    label,
    article: {
      text: plain(body),
      ...(title ? { title } : {}),
      ...(entry.url ? { url: entry.url } : {}),
      ...(entry.guid ? { guid: entry.guid } : {}),
      ...(feedTitle ? { source: feedTitle } : {}),
      ...(date.published ? { published: date.published } : {}),
      ...(date.diagnostic ? { diagnostics: [date.diagnostic] } : {}),
    },
  };
}

function plain(text: string): string {
  return looksLikeHtml(text) ? htmlToText(text) : text.trim();
}
