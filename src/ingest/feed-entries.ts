import type { parseFeed } from 'feedsmith';

/** The fields tidings reads from any feed entry, whatever the format. `bodies` is in order of preference. */
export interface FeedEntry {
  readonly title?: string;
  readonly url?: string;
  readonly guid?: string;
  readonly published?: string;
  readonly bodies: readonly (string | undefined)[];
}

interface Text {
  readonly value?: string;
}
interface RssItem {
  title?: string;
  link?: string;
  description?: string;
  guid?: { value?: string };
  pubDate?: string;
  content?: { encoded?: string };
  dc?: { date?: string; dates?: string[] };
  rdf?: { about?: string };
}
interface AtomEntry {
  id?: string;
  title?: Text | string;
  links?: { href?: string; rel?: string }[];
  content?: Text | string;
  summary?: Text | string;
  published?: string;
  updated?: string;
}
interface JsonItem {
  id?: string;
  url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  date_published?: string;
  date_modified?: string;
}

/** Maps feedsmith's per-format result onto `FeedEntry`s and the feed's title. */
export function feedEntries(parsed: ReturnType<typeof parseFeed>): { title?: string; entries: FeedEntry[] } {
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const feed = parsed.feed as { title?: string; items?: RssItem[] };
      return withTitle(feed.title, (feed.items ?? []).map(fromRss));
    }
    case 'atom': {
      const feed = parsed.feed as { title?: Text | string; entries?: AtomEntry[] };
      return withTitle(textOf(feed.title), (feed.entries ?? []).map(fromAtom));
    }
    case 'json': {
      const feed = parsed.feed as { title?: string; items?: JsonItem[] };
      return withTitle(feed.title, (feed.items ?? []).map(fromJson));
    }
  }
}

function withTitle(title: string | undefined, entries: FeedEntry[]): { title?: string; entries: FeedEntry[] } {
  const trimmed = title?.trim();
  return trimmed ? { title: trimmed, entries } : { entries };
}

function fromRss(item: RssItem): FeedEntry {
  return defined({
    title: item.title,
    url: item.link ?? item.rdf?.about,
    guid: item.guid?.value,
    published: item.pubDate ?? item.dc?.date ?? item.dc?.dates?.[0],
    bodies: [item.content?.encoded, item.description],
  });
}

function fromAtom(entry: AtomEntry): FeedEntry {
  const link = entry.links?.find((l) => !l.rel || l.rel === 'alternate') ?? entry.links?.[0];
  return defined({
    title: textOf(entry.title),
    url: link?.href,
    guid: entry.id,
    published: entry.published ?? entry.updated,
    bodies: [textOf(entry.content), textOf(entry.summary)],
  });
}

function fromJson(item: JsonItem): FeedEntry {
  return defined({
    title: item.title,
    url: item.url,
    guid: item.id,
    published: item.date_published ?? item.date_modified,
    bodies: [item.content_html, item.content_text, item.summary],
  });
}

function textOf(value: Text | string | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.value;
}

function defined(entry: { [K in keyof FeedEntry]: FeedEntry[K] | undefined }): FeedEntry {
  const out: { -readonly [K in keyof FeedEntry]?: FeedEntry[K] } = { bodies: entry.bodies ?? [] };
  for (const key of ['title', 'url', 'guid', 'published'] as const) {
    const value = entry[key]?.trim();
    if (value) out[key] = value;
  }
  return out as FeedEntry;
}
