import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RobotsRules } from './robots-rules.ts';

const robots = new RobotsRules(`
# a comment
User-agent: *
Disallow: /private/
Allow: /private/press/
Disallow: /*.pdf$

User-agent: tidings-feed-poller
User-agent: otherbot
Disallow: /no-tidings/
`);

describe('robots.txt rules', () => {
  it('applies the longest matching rule, with allow winning inside a disallowed folder', () => {
    assert.equal(robots.isAllowed('https://s.test/private/x', 'somebot/1.0'), false);
    assert.equal(robots.isAllowed('https://s.test/private/press/release', 'somebot/1.0'), true);
    assert.equal(robots.isAllowed('https://s.test/news/1', 'somebot/1.0'), true);
  });

  it('supports * and $ wildcards', () => {
    assert.equal(robots.isAllowed('https://s.test/files/report.pdf', 'somebot'), false);
    assert.equal(robots.isAllowed('https://s.test/files/report.pdf?x=1', 'somebot'), true);
  });

  it('uses the group naming our user agent instead of the * group', () => {
    const ua = 'tidings-feed-poller/0.1 (+https://example.test)';
    assert.equal(robots.isAllowed('https://s.test/no-tidings/a', ua), false);
    assert.equal(robots.isAllowed('https://s.test/private/x', ua), true);
  });

  it('allows everything with an empty file and nothing when robots.txt is unreachable', () => {
    assert.equal(RobotsRules.allowAll().isAllowed('https://s.test/a', 'x'), true);
    assert.equal(RobotsRules.disallowAll().isAllowed('https://s.test/a', 'x'), false);
  });
});
