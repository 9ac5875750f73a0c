import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { InputError } from '../model/errors.ts';
import { readSource } from './read-source.ts';
import type { SourceItem } from './source-item.ts';

const fixtures = join(import.meta.dirname, '../../test/fixtures/ingest');
const fixture = (name: string) => join(fixtures, name);
const tmp = mkdtempSync(join(tmpdir(), 'tidings-ingest-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function collect(source: string, stdin?: string): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSource(source, stdin === undefined ? {} : { stdin: Readable.from([stdin]) })) items.push(item);
  return items;
}

function articles(items: SourceItem[]) {
  return items.flatMap((item) => ('article' in item ? [item.article] : []));
}

describe('readSource: feeds', () => {
  it('reads an RSS 1.0 item with its Dublin Core date and the channel title as source', async () => {
    const [article] = articles(await collect(fixture('rss1.rdf')));
    assert.equal(article?.title, 'Ferry service to Orla resumes');
    assert.equal(article?.source, 'Valley News');
    assert.equal(article?.url, 'https://valley-news.example/ferry');
    assert.equal(article?.published, '2024-11-08');
    assert.match(article?.text ?? '', /^The ferry between Tamsin and Orla/);
  });

  it('prefers RSS 2.0 full content, keeps paragraphs as blank-line blocks, and drops scripts', async () => {
    const items = await collect(fixture('rss2-html-content.xml'));
    const [library] = articles(items);
    assert.equal(library?.title, 'Council approves & funds new library');
    assert.equal(library?.guid, 'hill-1');
    assert.equal(library?.published, '2024-11-06T16:00:00.000Z');
    assert.equal(library?.text, 'The town council voted 9 to 2 on Wednesday to build a new library.\n\nWork starts in March.\nIt will cost 3 million euros.');
  });

  it('keeps an item with an unreadable date and records a diagnostic instead of failing', async () => {
    const market = articles(await collect(fixture('rss2-html-content.xml')))[1];
    assert.equal(market?.published, undefined);
    assert.equal(market?.diagnostics?.[0]?.code, 'ingest/unknown-date');
    assert.match(market?.diagnostics?.[0]?.message ?? '', /sometime last week/);
  });

  it('reports an item without text as a failed item naming it, and goes on', async () => {
    const items = await collect(fixture('rss2-html-content.xml'));
    assert.equal(items.length, 3);
    const failed = items[2];
    assert.ok(failed && 'error' in failed);
    assert.match(failed.label, /item 3 "Photo of the day"/);
    assert.match(failed.error.message, /has no text/);
  });

  it('reads Atom entries with their alternate link and summary', async () => {
    const [entry] = articles(await collect(fixture('atom.xml')));
    assert.equal(entry?.source, 'River Courier');
    assert.equal(entry?.url, 'https://river-courier.example/bridge');
    assert.equal(entry?.guid, 'urn:river-courier:bridge');
    assert.equal(entry?.text, 'Engineers found cracks in two piers of the old bridge.');
  });

  it('reads JSON Feed items with HTML content reduced to text', async () => {
    const [item] = articles(await collect(fixture('json-feed.json')));
    assert.equal(item?.text, 'The annual boat race was postponed because of high winds.');
    assert.equal(item?.published, '2024-09-14T08:00:00+02:00');
    assert.equal(item?.guid, 'lb-7');
  });

  it('says so when a feed has no items', async () => {
    await assert.rejects(collect(fixture('empty-feed.xml')), (error: unknown) =>
      error instanceof InputError && /has no items/.test(error.message) && /Quiet Times/.test(error.message));
  });

  it('refuses a .xml file that is not a feed with an InputError naming the file', async () => {
    await assert.rejects(collect(fixture('not-a-feed.xml')), (error: unknown) =>
      error instanceof InputError && error.message.includes('not-a-feed.xml') && /not a feed/.test(error.message));
  });
});

describe('readSource: pages, text and JSONL', () => {
  it('extracts the article of an HTML page with its title, site name and date, without navigation', async () => {
    const [page] = articles(await collect(fixture('page.html')));
    assert.equal(page?.source, 'Farm Weekly');
    assert.equal(page?.published, '2024-08-30T10:00:00Z');
    assert.match(page?.title ?? '', /Orchard harvest doubles/);
    assert.match(page?.text ?? '', /^Apple growers in the Brenn valley/m);
    assert.match(page?.text ?? '', /last, the growers' cooperative said on Thursday\.\n\nThe cooperative said/);
    assert.doesNotMatch(page?.text ?? '', /Home|Contact us/);
  });

  it('refuses an HTML page with no article', async () => {
    await assert.rejects(collect(fixture('page-no-article.html')), /No article text found/);
  });

  it('reads JSONL line by line, reporting bad lines with their numbers', async () => {
    const items = await collect(fixture('mixed.jsonl'));
    assert.equal(items.length, 5);
    const [first, notJson, noText, badType, badDate] = items;
    assert.ok(first && 'article' in first);
    assert.equal(first.article.source, 'Alpine Post');
    assert.ok(notJson && 'error' in notJson && /line 3: not valid JSON/.test(notJson.error.message));
    assert.ok(noText && 'error' in noText && /line 4: expected a non-empty string in `text`/.test(noText.error.message));
    assert.ok(badType && 'error' in badType && /line 5: expected `published` to be a string/.test(badType.error.message));
    assert.ok(badDate && 'article' in badDate && badDate.article.diagnostics?.[0]?.code === 'ingest/unknown-date');
  });

  it('reads a folder recursively and reports an unreadable file without stopping', async () => {
    const items = await collect(fixtures);
    assert.ok(articles(items).length >= 8);
    const failures = items.flatMap((item) => ('error' in item ? [item.label] : []));
    assert.ok(failures.some((label) => label.includes('empty-feed.xml')));
    assert.ok(failures.some((label) => label.includes('page-no-article.html')));
  });

  it('sniffs stdin: plain text is one article, JSONL is streamed per line', async () => {
    assert.deepEqual(articles(await collect('-', 'A quiet day in the harbour.\n')), [{ text: 'A quiet day in the harbour.' }]);
    const lines = await collect('-', '{"text":"One."}\n{"text":"Two."}\n');
    assert.deepEqual(articles(lines).map((a) => a.text), ['One.', 'Two.']);
  });
});

describe('readSource: bad input', () => {
  it('refuses a missing path with the path quoted', async () => {
    await assert.rejects(collect(join(tmp, 'nope.txt')), /No such file or folder: `.*nope\.txt`/);
  });

  it('refuses an empty file', async () => {
    const path = join(tmp, 'empty.txt');
    writeFileSync(path, '  \n');
    await assert.rejects(collect(path), /is empty/);
  });

  it('refuses binary junk', async () => {
    const path = join(tmp, 'junk.txt');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe, 0x00]));
    await assert.rejects(collect(path), /looks like binary data/);
  });

  it('refuses a 50 MB file before reading it, suggesting JSONL', async () => {
    const path = join(tmp, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024);
    await assert.rejects(collect(path), (error: unknown) =>
      error instanceof InputError && /50\.0 MB/.test(error.message) && /JSON object per line/.test(error.hint ?? ''));
  });
});
