import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../src/model/errors.ts';
import { parseFeedArticles } from '../../src/ingest/parse-feed-articles.ts';

// Read at run time from the shared eval data beside the project; never copied into the repository.
const FIXTURES = resolve('..', 'shared', 'eval-data', 'rss-feed-fixtures', 'input');
const present = existsSync(FIXTURES);
const files = present ? readdirSync(FIXTURES).sort() : [];

/** Parses within a time budget; only a readable result or an InputError with a message is acceptable. */
function parsesOrRejectsClearly(content: string, label: string, budgetMs = 3000): 'parsed' | 'rejected' {
  const started = performance.now();
  let outcome: 'parsed' | 'rejected';
  try {
    const items = parseFeedArticles(content, label);
    for (const item of items) {
      if ('article' in item) assert.ok(item.article.text.trim().length > 0, `${label}: an article with empty text`);
      else assert.ok(item.error instanceof InputError && item.error.message.length > 10, `${label}: an item error without a message`);
    }
    outcome = 'parsed';
  } catch (error) {
    assert.ok(error instanceof InputError, `${label}: threw ${(error as Error).name}: ${(error as Error).message}`);
    assert.match(error.message, /`|feed|item/i, `${label}: the message should say what was wrong`);
    outcome = 'rejected';
  }
  const took = performance.now() - started;
  assert.ok(took < budgetMs, `${label}: took ${Math.round(took)} ms`);
  return outcome;
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title><link>https://x.test/</link><description>d</description>
<item><title>&lol9;</title><link>https://x.test/1</link><description>&lol9; the end</description></item></channel></rss>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>X</title><link>https://x.test/</link><description>d</description>
<item><title>t</title><link>https://x.test/1</link><description>before &xxe; after</description></item></channel></rss>`;

describe('feed fixtures from ../shared, and mutated copies', { skip: present ? false : '../shared/eval-data/rss-feed-fixtures absent' }, () => {
  it('parses every saved feed or rejects it with a clear InputError', () => {
    const outcomes = files.map((name) => parsesOrRejectsClearly(readFileSync(join(FIXTURES, name), 'utf8'), name));
    assert.ok(outcomes.filter((o) => o === 'parsed').length >= files.length - 3, `parsed ${outcomes.join(',')}`);
  });

  it('parses or rejects every feed truncated at a quarter, half and most of its length', () => {
    for (const name of files) {
      const content = readFileSync(join(FIXTURES, name), 'utf8');
      for (const fraction of [0.25, 0.5, 0.9, 0.999]) parsesOrRejectsClearly(content.slice(0, Math.floor(content.length * fraction)), `${name} cut at ${fraction}`);
    }
  });

  it('parses or rejects every feed read with the wrong encoding', () => {
    for (const name of files) {
      const bytes = readFileSync(join(FIXTURES, name));
      parsesOrRejectsClearly(bytes.toString('latin1'), `${name} as latin1`);
      parsesOrRejectsClearly(Buffer.from(bytes.toString('utf8'), 'utf16le').toString('utf8'), `${name} as UTF-16 bytes read as UTF-8`);
      parsesOrRejectsClearly(bytes.toString('utf8').replace(/encoding="[^"]*"/i, 'encoding="x-unknown-9"'), `${name} with a bogus declared encoding`);
    }
  });
});

describe('hostile feeds', () => {
  it('does not expand billion-laughs entities into gigabytes: parsed small or rejected, quickly', () => {
    const before = process.memoryUsage().heapUsed;
    parsesOrRejectsClearly(BILLION_LAUGHS, 'billion laughs');
    assert.ok(process.memoryUsage().heapUsed - before < 200_000_000, 'memory stayed bounded');
  });

  it('never resolves external entities (no local file contents in the output)', () => {
    try {
      const items = parseFeedArticles(EXTERNAL_ENTITY, 'xxe');
      for (const item of items) if ('article' in item) assert.doesNotMatch(item.article.text, /root:/);
    } catch (error) {
      assert.ok(error instanceof InputError);
    }
  });

  it('rejects binary and empty input with an InputError', () => {
    for (const content of ['', '\u0000\u0001\u0002\u0003', '<rss', '{"version": "https://jsonfeed.org/version/1"']) {
      parsesOrRejectsClearly(content, JSON.stringify(content.slice(0, 10)));
    }
  });
});
