import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feedHealth } from './feed-health.ts';
import type { FeedPoll, FeedState } from './feed-state.ts';

const now = new Date('2025-03-10T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
const url = 'https://feeds.example.test/x.xml';
const state = (extra: Partial<FeedState>): FeedState => ({ url, nextPollAt: now.toISOString(), intervalSeconds: 900, failures: 0, itemsTotal: 0, ...extra });
const poll = (h: number, newItems: number): FeedPoll => ({ url, polledAt: hoursAgo(h), outcome: newItems > 0 ? 'new-items' : 'no-new-items', newItems });

describe('feed health', () => {
  it('reports a lively feed as ok with its items per day', () => {
    const polls = [poll(48, 4), poll(36, 2), poll(24, 4), poll(12, 2), poll(1, 4)];
    const health = feedHealth(state({ lastPolledAt: hoursAgo(1), lastSuccessAt: hoursAgo(1), lastNewItemAt: hoursAgo(1) }), polls, now);
    assert.equal(health.status, 'ok');
    assert.equal(health.itemsPerDay, 8);
    assert.equal(health.currentGapHours, 1);
  });

  it('flags a feed that still answers but has brought nothing new for days as silent', () => {
    const polls = [poll(120, 5), poll(110, 3), poll(100, 4), ...[90, 60, 30, 1].map((h) => poll(h, 0))];
    const health = feedHealth(state({ lastPolledAt: hoursAgo(1), lastSuccessAt: hoursAgo(1), lastNewItemAt: hoursAgo(100) }), polls, now);
    assert.equal(health.status, 'silent');
    assert.equal(health.currentGapHours, 100);
    assert.ok(health.longestGapHours >= 100);
  });

  it('flags a feed whose last poll failed as failing, with the error', () => {
    const health = feedHealth(state({ failures: 1, lastPolledAt: hoursAgo(1), lastSuccessAt: hoursAgo(5), lastErrorAt: hoursAgo(1), lastError: 'HTTP 500' }), [], now);
    assert.equal(health.status, 'failing');
    assert.equal(health.lastError, 'HTTP 500');
  });

  it('calls a feed never polled new', () => {
    assert.equal(feedHealth(state({}), [], now).status, 'new');
  });
});
