import { parseHTML } from 'linkedom';
import { InputError } from '../../model/errors.ts';
import type { FeedSubscription } from './feed-state.ts';

/**
 * Reads the feeds to watch from an OPML file (every `<outline xmlUrl>`, nested or not) or a plain list (one URL per
 * line, `#` comments, optional title after whitespace). Only http(s) URLs are accepted.
 */
export function parseFeedList(content: string, where: string): FeedSubscription[] {
  const feeds = /<opml[\s>]/i.test(content.slice(0, 2000)) ? fromOpml(content) : fromLines(content, where);
  const unique = new Map<string, FeedSubscription>();
  for (const feed of feeds) if (!unique.has(feed.url)) unique.set(feed.url, feed);
  if (unique.size === 0) {
    throw new InputError(`No feed URLs found in ${where}.`, 'Pass an OPML file with <outline xmlUrl="…"> entries, or a text file with one feed URL per line.');
  }
  return [...unique.values()];
}

function fromOpml(content: string): FeedSubscription[] {
  const { document } = parseHTML(`<html><body>${content.replace(/<\?xml[^>]*>/, '')}</body></html>`);
  const feeds: FeedSubscription[] = [];
  for (const outline of document.querySelectorAll('outline')) {
    const url = outline.getAttribute('xmlUrl') ?? outline.getAttribute('xmlurl');
    if (!url || !/^https?:\/\//i.test(url.trim())) continue;
    const title = outline.getAttribute('title') ?? outline.getAttribute('text');
    feeds.push({ url: url.trim(), ...(title ? { title: title.trim() } : {}) });
  }
  return feeds;
}

function fromLines(content: string, where: string): FeedSubscription[] {
  const feeds: FeedSubscription[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [url = '', ...rest] = line.split(/\s+/);
    if (!/^https?:\/\/\S+$/i.test(url)) {
      throw new InputError(`${where} line ${index + 1}: expected a feed URL starting with http:// or https://, got \`${url.slice(0, 80)}\`.`);
    }
    feeds.push({ url, ...(rest.length > 0 ? { title: rest.join(' ') } : {}) });
  });
  return feeds;
}
