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
  const parsed = readable(document);
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

// Readability's time grows steeply with nesting depth (1,000 levels took ~30 s) and it throws on some broken tables;
// such pages yield no article (an InputError below) instead of a hang or a crash.
const MAX_READABILITY_DEPTH = 150;

function readable(document: ReturnType<typeof parseHTML>['document']): ReturnType<Readability['parse']> {
  if (depthExceeds(document.documentElement as unknown as DomNode, MAX_READABILITY_DEPTH)) return null;
  try {
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch {
    return null;
  }
}

interface DomNode {
  readonly children: ArrayLike<DomNode>;
}

function depthExceeds(root: DomNode | null, limit: number): boolean {
  const stack: [DomNode, number][] = root ? [[root, 0]] : [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > limit) return true;
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      if (child) stack.push([child, depth + 1]);
    }
  }
  return false;
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
