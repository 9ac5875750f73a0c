import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readSource } from './read-source.ts';
import type { SourceItem } from './source-item.ts';

const fixtures = join(import.meta.dirname, '../../test/fixtures/ingest');

describe('readSource: URLs', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/feed') {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        response.end(readFileSync(join(fixtures, 'rss1.rdf')));
      } else if (request.url === '/old-page') {
        response.writeHead(301, { location: '/page' });
        response.end();
      } else if (request.url === '/page') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(readFileSync(join(fixtures, 'page.html')));
      } else {
        response.writeHead(404);
        response.end('gone');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const collect = async (url: string, allowPrivate = true) => {
    const items: SourceItem[] = [];
    for await (const item of readSource(url, { fetch: { allowPrivate } })) items.push(item);
    return items;
  };

  it('fetches a feed by URL and reads its items', async () => {
    const [item] = await collect(`${base}/feed`);
    assert.ok(item && 'article' in item);
    assert.equal(item.article.source, 'Valley News');
  });

  it('follows a redirect to an HTML page and keeps the final URL when the page has no canonical link', async () => {
    const [item] = await collect(`${base}/old-page`);
    assert.ok(item && 'article' in item);
    assert.equal(item.article.url, `${base}/page`);
    assert.match(item.article.text, /Apple growers/);
  });

  it('answers an HTTP error with an InputError naming the status', async () => {
    await assert.rejects(collect(`${base}/missing`), /HTTP 404/);
  });

  it('refuses loopback addresses unless explicitly allowed', async () => {
    await assert.rejects(collect(`${base}/feed`, false), (error: unknown) => error instanceof Error && error.name === 'InputError');
  });
});
