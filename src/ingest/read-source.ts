import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { InputError } from '../model/errors.ts';
import { detectFormat, formatFromName, isReadableName } from './detect-format.ts';
import { safeFetch, type SafeFetchOptions } from './fetch/safe-fetch.ts';
import { itemsFromContent } from './items-from-content.ts';
import { parseJsonlLine } from './parse-jsonl-line.ts';
import { decodeText, MAX_SOURCE_BYTES, readFileText, tooLarge } from './read-file-text.ts';
import type { SourceItem } from './source-item.ts';

export interface ReadSourceOptions {
  /** Stream read for `-` (default: process.stdin). */
  readonly stdin?: Readable;
  /** Options passed to safeFetch for URLs (tests allow loopback here). */
  readonly fetch?: SafeFetchOptions;
}

/**
 * Every article a source holds: a feed, page or text file; a folder (recursively); JSONL (streamed); a URL; or `-`
 * for stdin. Items that cannot be read are yielded as errors; a source that cannot be read at all throws InputError.
 */
export async function* readSource(source: string, options: ReadSourceOptions = {}): AsyncGenerator<SourceItem> {
  if (source === '-') {
    yield* readStream(options.stdin ?? process.stdin, 'stdin');
  } else if (/^https?:\/\//i.test(source)) {
    const response = await safeFetch(source, { accept: 'application/rss+xml, application/atom+xml, application/feed+json, text/html;q=0.9, */*;q=0.5', ...options.fetch });
    if (response.status >= 400) {
      throw new InputError(`Fetching \`${source}\` failed with HTTP ${response.status}.`, 'Check the URL in a browser.');
    }
    const format = detectFormat(response.body, new URL(response.finalUrl).pathname, response.contentType);
    yield* itemsFromContent(response.body, format, `\`${source}\``, response.finalUrl);
  } else {
    const info = await stat(source).catch(() => undefined);
    if (!info) throw new InputError(`No such file or folder: \`${source}\`.`, 'Check the path, or pass a URL or `-` for stdin.');
    yield* info.isDirectory() ? readFolder(source) : readFile(source);
  }
}

async function* readFile(path: string): AsyncGenerator<SourceItem> {
  if (formatFromName(path) === 'jsonl') {
    yield* readJsonlLines(createReadStream(path), `\`${path}\``);
    return;
  }
  const content = await readFileText(path);
  yield* itemsFromContent(content, detectFormat(content, path), `\`${path}\``);
}

async function* readFolder(dir: string): AsyncGenerator<SourceItem> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* readFolder(path);
    } else if (entry.isFile() && isReadableName(entry.name)) {
      try {
        yield* readFile(path);
      } catch (error) {
        // One unreadable file must not stop the rest of the folder.
        if (!(error instanceof InputError)) throw error;
        yield { label: `\`${path}\``, error };
      }
    }
  }
}

/** Streams JSONL one line at a time, so files of any size run in bounded memory. */
export async function* readJsonlLines(input: Readable, where: string): AsyncGenerator<SourceItem> {
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    const item = parseJsonlLine(line, lineNumber, where);
    if (item) yield item;
  }
}

async function* readStream(input: Readable, where: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const head: string[] = [];
  let size = 0;
  let sawContent = false;
  // JSONL is recognised by its first non-empty line and then streamed; anything else is read whole, within a limit.
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    head.push(next.value);
    size += next.value.length + 1;
    if (!sawContent && next.value.trim()) {
      sawContent = true;
      if (detectFormat(next.value) === 'jsonl') {
        yield* streamedJsonl(head, lines, where);
        return;
      }
    }
    if (size > MAX_SOURCE_BYTES) throw tooLarge(where, size);
  }
  const content = decodeText(Buffer.from(head.join('\n')), where);
  yield* itemsFromContent(content, detectFormat(content), where);
}

async function* streamedJsonl(head: string[], rest: AsyncIterator<string>, where: string): AsyncGenerator<SourceItem> {
  let lineNumber = 0;
  for (const line of head) {
    const item = parseJsonlLine(line, ++lineNumber, where);
    if (item) yield item;
  }
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    const item = parseJsonlLine(next.value, ++lineNumber, where);
    if (item) yield item;
  }
}
