/** The kinds of content a source can hold. */
export type SourceFormat = 'feed' | 'html' | 'jsonl' | 'text';

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.txt': 'text', '.text': 'text', '.md': 'text',
};

/** The format a file name promises, if its extension is one tidings reads (`.json` is decided by content). */
export function formatFromName(name: string): SourceFormat | undefined {
  const match = /\.[a-z0-9]+$/i.exec(name);
  return match ? BY_EXTENSION[match[0].toLowerCase()] : undefined;
}

/** Whether a folder walk should read this file: a known extension, `.json`, or no extension at all (sniffed). */
export function isReadableName(name: string): boolean {
  return formatFromName(name) !== undefined || /\.json$/i.test(name) || !/\.[^./]+$/.test(name);
}

/**
 * Decides how to read content from its name, HTTP content type and first bytes. Content wins over a wrong
 * extension for markup (an .xml file holding an HTML page), because servers and users mislabel files often.
 */
export function detectFormat(content: string, name = '', contentType = ''): SourceFormat {
  const head = content.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head) || /^<(?:rss|feed|rdf:RDF)\b/i.test(head)) {
    return 'feed';
  }
  if (/^(?:<!doctype html|<html\b|<head\b|<body\b)/i.test(head)) return 'html';
  if (head.startsWith('{')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(head)) return 'feed';
    const firstLine = head.split('\n', 1)[0] ?? '';
    if (/"text"\s*:/.test(firstLine)) return 'jsonl';
  }
  // Other JSON is read as a JSON Feed so that a wrong file fails with "not a feed" instead of becoming an article.
  if (head.startsWith('{') || /\.json$/i.test(name) || (head.startsWith('[') && isJson(content))) return 'feed';
  const byName = formatFromName(name);
  if (byName) return byName;
  if (/(?:rss|atom|xml)/i.test(contentType) || /feed\+json/i.test(contentType)) return 'feed';
  if (/html/i.test(contentType)) return 'html';
  if (head.startsWith('<')) return /<(?:p|div|article)\b/i.test(head) ? 'html' : 'feed';
  return 'text';
}

function isJson(content: string): boolean {
  try {
    JSON.parse(content);
    return true;
  } catch {
    return false;
  }
}
