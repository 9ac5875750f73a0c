import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeedList } from './feed-list.ts';

describe('feed list', () => {
  it('reads nested OPML outlines with their titles and skips non-http entries', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
      <outline text="World"><outline text="Harbour Courier" type="rss" xmlUrl="https://courier.example.test/rss"/>
      <outline title="Valley Ledger" xmlUrl="https://ledger.example.test/atom.xml"/></outline>
      <outline text="Local file" xmlUrl="file:///etc/passwd"/></body></opml>`;
    assert.deepEqual(parseFeedList(opml, 'feeds.opml'), [
      { url: 'https://courier.example.test/rss', title: 'Harbour Courier' },
      { url: 'https://ledger.example.test/atom.xml', title: 'Valley Ledger' },
    ]);
  });

  it('reads a plain list with comments, optional titles and duplicates removed', () => {
    const list = '# my feeds\nhttps://a.example.test/feed.xml Alpha News\n\nhttps://b.example.test/rss # trailing\nhttps://a.example.test/feed.xml\n';
    assert.deepEqual(parseFeedList(list, 'list.txt'), [
      { url: 'https://a.example.test/feed.xml', title: 'Alpha News' },
      { url: 'https://b.example.test/rss' },
    ]);
  });

  it('names the line of a bad entry and refuses an empty list', () => {
    assert.throws(() => parseFeedList('https://ok.test/a\nftp://x/y', 'list.txt'), /list\.txt line 2: expected a feed URL/);
    assert.throws(() => parseFeedList('# nothing\n', 'list.txt'), /No feed URLs found in list\.txt/);
  });
});
