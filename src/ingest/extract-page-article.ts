import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../model/errors.ts';
import { htmlToText } from './html-to-text.ts';
import { parseSourceDate } from './parse-published.ts';
import type { RawArticle } from './raw-article.ts';

/** Fewer characters than this after extraction means the page held no article (a login wall, an index page). */
const MIN_ARTICLE_CHARS = 200;

/** Extracts the article of an HTML page with Readability, keeping paragraphs, the title, the date and the site name. */
export function extractPageArticle(html: string, where: string, url?: string): RawArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const siteName = meta('meta[property="og:site_name"]');
  // Readability mutates the DOM it reads, so metadata is collected first.
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_ARTICLE_CHARS }).parse();
  const text = parsed?.content ? htmlToText(parsed.content) : '';
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new InputError(
      `No article text found in the HTML page ${where} (${text.length} characters of body text).`,
      'Pass the page of a single article, or save its text to a .txt file and analyse that.',
    );
  }
  const date = parseSourceDate(published ?? parsed?.publishedTime ?? undefined, where);
  const finalUrl = absoluteUrl(canonical, url) ?? url;
  const source = siteName ?? parsed?.siteName ?? hostOf(finalUrl);
  return {
    text,
    ...(parsed?.title ? { title: parsed.title.trim() } : {}),
    ...(finalUrl ? { url: finalUrl } : {}),
    ...(source ? { source } : {}),
    ...(date.published ? { published: date.published } : {}),
    ...(date.diagnostic ? { diagnostics: [date.diagnostic] } : {}),
  };
}

function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const resolved = new URL(href, base);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
