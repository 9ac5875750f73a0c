import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { SourceItem } from '../source-item.ts';
import { FeedPoller } from './feed-poller.ts';
import type { FeedPoll, FeedState, FeedStateStore, FeedSubscription } from './feed-state.ts';
import { HostLimiter } from './host-limiter.ts';

class MemoryFeedStates implements FeedStateStore {
  readonly states = new Map<string, FeedState>();
  readonly polls: FeedPoll[] = [];
  async subscribe(feeds: readonly FeedSubscription[], now: string, intervalSeconds: number) {
    for (const f of feeds) if (!this.states.has(f.url)) this.states.set(f.url, { url: f.url, nextPollAt: now, intervalSeconds, failures: 0, itemsTotal: 0 });
  }
  async listFeeds() { return [...this.states.values()]; }
  async saveState(state: FeedState) { this.states.set(state.url, state); }
  async recordPoll(poll: FeedPoll) { this.polls.push(poll); }
  async listPolls(url: string) { return this.polls.filter((p) => p.url === url); }
}

const LONG = 'The river authority in Mirel opened the new flood gates on Thursday after three years of work. '.repeat(6);
let server: Server;
let base: string;
const requests: { path: string; headers: IncomingMessage['headers'] }[] = [];

function rss(items: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Mirel Weekly</title><link>${base}/</link><description>d</description>${items.join('')}</channel></rss>`;
}
const item = (n: number, text: string, link = `${base}/story/${n}`) =>
  `<item><title>Story ${n}</title><link>${link}</link><guid>story-${n}</guid><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description>${text}</description></item>`;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    if (path === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v2"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v2"' });
      return void res.end(rss([item(1, LONG), item(2, 'A short teaser.'), item(3, 'Another teaser.', `${base}/blocked/3`)]));
    }
    if (path === '/broken.xml') return void res.writeHead(500).end('oops');
    if (path === '/empty.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([]));
    if (path === '/robots.txt') return void res.writeHead(200).end('User-agent: *\nDisallow: /blocked/\n');
    if (path.startsWith('/story/') || path.startsWith('/blocked/')) {
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>Full</title></head><body><article><h1>Full story</h1><p>${LONG}</p><p>${LONG}</p></article></body></html>`);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

describe('feed poller', () => {
  it('ingests a feed, fetches teaser pages only where robots.txt allows, then uses a conditional GET', async () => {
    const states = new MemoryFeedStates();
    const seen = new Set<string>();
    const ingested: SourceItem[] = [];
    const poller = new FeedPoller({
      states,
      fetch: { allowPrivate: true },
      limiter: new HostLimiter({ minIntervalMs: 0 }),
      ingest: async (items) => {
        ingested.push(...items);
        let added = 0;
        for (const i of items) if ('article' in i && !seen.has(i.article.guid ?? '')) { seen.add(i.article.guid ?? ''); added++; }
        return { new: added };
      },
    });
    await states.subscribe([{ url: `${base}/feed.xml` }], new Date(0).toISOString(), 900);
    assert.equal(await poller.pollDue(), 1);
    const texts = new Map(ingested.map((i) => ('article' in i ? [i.article.guid, i.article.text] : ['', ''])));
    assert.ok((texts.get('story-2') ?? '').length > 400, 'the teaser was replaced by the page text');
    assert.equal(texts.get('story-3'), 'Another teaser.', 'the page disallowed by robots.txt was not fetched');
    assert.equal(requests.filter((r) => r.path.startsWith('/blocked/')).length, 0);
    const state = states.states.get(`${base}/feed.xml`);
    assert.equal(state?.etag, '"v2"');
    assert.equal(state?.itemsTotal, 3);
    assert.equal(state?.title, 'Mirel Weekly');

    const count = ingested.length;
    await poller.pollFeed(state ?? assert.fail('no state'));
    assert.equal(requests.at(-1)?.headers['if-none-match'], '"v2"');
    assert.equal(ingested.length, count, 'a 304 ingests nothing');
    assert.equal(states.polls.at(-1)?.outcome, 'no-new-items');
  });

  it('records errors on the feed and backs off instead of throwing, and treats an empty feed as a quiet success', async () => {
    const states = new MemoryFeedStates();
    const poller = new FeedPoller({ states, fetch: { allowPrivate: true }, limiter: new HostLimiter({ minIntervalMs: 0 }), ingest: async () => ({ new: 0 }) });
    await states.subscribe([{ url: `${base}/broken.xml` }, { url: `${base}/empty.xml` }], new Date(0).toISOString(), 600);
    await poller.pollDue();
    const broken = states.states.get(`${base}/broken.xml`);
    assert.equal(broken?.failures, 1);
    assert.equal(broken?.lastError, 'HTTP 500');
    assert.ok(Date.parse(broken?.nextPollAt ?? '') - Date.now() > 1000 * 1000, 'backed off beyond one interval');
    assert.equal(states.states.get(`${base}/empty.xml`)?.failures, 0);
    const strict = new MemoryFeedStates();
    await strict.subscribe([{ url: 'http://10.1.2.3/feed' }], new Date(0).toISOString(), 600);
    await new FeedPoller({ states: strict, ingest: async () => ({ new: 0 }) }).pollDue();
    assert.match(strict.states.get('http://10.1.2.3/feed')?.lastError ?? '', /non-public address/);
  });
});
