import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFormat } from './detect-format.ts';

describe('detectFormat', () => {
  it('recognises feeds, pages and JSONL by content whatever the file is called', () => {
    assert.equal(detectFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'notes.txt'), 'feed');
    assert.equal(detectFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
    assert.equal(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>', 'page.xml'), 'html');
    assert.equal(detectFormat('{"text": "One."}\n{"text": "Two."}\n'), 'jsonl');
    assert.equal(detectFormat('{"version": "https://jsonfeed.org/version/1.1", "items": []}'), 'feed');
  });

  it('sends other JSON to the feed parser so it fails as "not a feed" instead of becoming an article', () => {
    assert.equal(detectFormat('[1, 2, 3]'), 'feed');
    assert.equal(detectFormat('{"rows": []}', 'export.json'), 'feed');
  });

  it('keeps text that merely starts with a bracket as text', () => {
    assert.equal(detectFormat('[Updated] The ferry to Orla sails again on Friday.'), 'text');
    assert.equal(detectFormat('Plain words about a harbour.', 'story'), 'text');
  });

  it('falls back on the extension, then the HTTP content type', () => {
    assert.equal(detectFormat('Just words.', 'a.html'), 'html');
    assert.equal(detectFormat('Just words.', 'feed', 'application/atom+xml'), 'feed');
  });
});
