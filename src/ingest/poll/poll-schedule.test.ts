import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeedState } from './feed-state.ts';
import { dueFeeds, MAX_BACKOFF_SECONDS, nextFeedState } from './poll-schedule.ts';

const base: FeedState = { url: 'https://feeds.example.test/a.xml', nextPollAt: '2025-01-01T00:00:00.000Z', intervalSeconds: 600, failures: 0, itemsTotal: 0 };
const now = new Date('2025-01-01T00:00:00.000Z');
const secondsUntil = (state: FeedState) => (Date.parse(state.nextPollAt) - now.getTime()) / 1000;

describe('poll schedule', () => {
  it('schedules the next poll one interval (plus a small fixed spread) after a success and keeps the validators', () => {
    const next = nextFeedState(base, { ok: true, newItems: 3, etag: '"x"', lastModified: 'Tue, 01 Jan 2025 00:00:00 GMT' }, now);
    assert.ok(secondsUntil(next) >= 600 && secondsUntil(next) <= 660);
    assert.equal(next.etag, '"x"');
    assert.equal(next.itemsTotal, 3);
    assert.equal(next.lastNewItemAt, now.toISOString());
    const again = nextFeedState(next, { ok: true, newItems: 0 }, now);
    assert.equal(again.etag, '"x"', 'a 304 without validators keeps the old ones');
    assert.equal(again.lastNewItemAt, now.toISOString());
  });

  it('backs off exponentially on repeated errors, capped at a day', () => {
    let state = base;
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      state = nextFeedState(state, { ok: false, error: 'HTTP 500' }, now);
      waits.push(secondsUntil(state));
    }
    assert.ok((waits[1] ?? 0) > (waits[0] ?? 0) && (waits[2] ?? 0) > (waits[1] ?? 0), `${waits.join(',')}`);
    assert.ok(Math.max(...waits) <= MAX_BACKOFF_SECONDS * 1.1);
    assert.equal(state.failures, 12);
    assert.equal(state.lastError, 'HTTP 500');
    const recovered = nextFeedState(state, { ok: true, newItems: 0 }, now);
    assert.equal(recovered.failures, 0);
  });

  it('never polls sooner than the server asked in Retry-After', () => {
    const next = nextFeedState(base, { ok: false, error: 'HTTP 429', retryAfterSeconds: 7200 }, now);
    assert.ok(secondsUntil(next) >= 7200);
  });

  it('lists due feeds, most overdue first', () => {
    const feeds = [
      { ...base, url: 'https://a.test/1', nextPollAt: '2024-12-31T23:59:00.000Z' },
      { ...base, url: 'https://a.test/2', nextPollAt: '2025-01-01T01:00:00.000Z' },
      { ...base, url: 'https://a.test/3', nextPollAt: '2024-12-31T00:00:00.000Z' },
    ];
    assert.deepEqual(dueFeeds(feeds, now).map((f) => f.url), ['https://a.test/3', 'https://a.test/1']);
  });
});
