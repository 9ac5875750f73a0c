import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { extractPageArticle } from '../../src/ingest/extract-page-article.ts';
import { htmlToText } from '../../src/ingest/html-to-text.ts';
import { InputError } from '../../src/model/errors.ts';

const PARAGRAPH = 'The council of Brannock voted on Wednesday to rebuild the old bridge, which closed after the spring floods. ';

/**
 * Whether a marker stands outside every script and style element as an HTML parser reads the page: "<The council …
 * <script>SECRET" opens an element named "the" whose attributes swallow "<script", so SECRET is plain text there, as in a
 * browser. Only a marker that is script or style content must never reach the text.
 */
function isVisibleText(html: string, marker: string): boolean {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('script, style')) element.remove();
  return (document.documentElement?.textContent ?? '').includes(marker);
}

/** Only an article or an InputError is an acceptable answer; a hang fails by the suite's timeout, not a timed assertion. */
function extractsOrRejects(html: string, label: string): void {
  try {
    const article = extractPageArticle(html, label);
    for (const marker of ['SECRET_SCRIPT', 'SECRET_STYLE']) {
      if (!isVisibleText(html, marker)) assert.ok(!article.text.includes(marker), `${marker}: script and style content never reach the text`);
    }
  } catch (error) {
    assert.ok(error instanceof InputError, `${label}: threw ${(error as Error).name}: ${(error as Error).message.slice(0, 200)}`);
  }
}

const tag = fc.constantFrom('div', 'p', 'span', 'b', 'i', 'table', 'tr', 'td', 'ul', 'li', 'a', 'article', 'section', 'script', 'style', 'svg', 'h1', 'br', 'img', 'iframe');
const fragment: fc.Arbitrary<string> = fc.array(fc.oneof(
  tag.map((t) => `<${t}>`),
  tag.map((t) => `</${t}>`),
  tag.map((t) => `<${t} class="x" onclick="alert(1)" data-x='<'>`),
  fc.constantFrom(PARAGRAPH, '&amp;', '&#x1F600;', '&bogus;', '&#99999999;', '<!--', '-->', '<![CDATA[', ']]>', '<', '>', '"', '<script>SECRET_SCRIPT</script>', '<style>SECRET_STYLE{}</style>'),
  fc.string({ unit: 'binary', maxLength: 30 }),
), { maxLength: 80 }).map((parts) => parts.join(''));

describe('HTML extraction under broken and hostile markup', { timeout: 120_000 }, () => {
  it('returns an article or a clear InputError for random tag soup, never leaking script or style text', () => {
    fc.assert(fc.property(fragment, (soup) => extractsOrRejects(`<html><body>${soup}${PARAGRAPH.repeat(3)}</body></html>`, 'soup')), { numRuns: 150 });
  });

  it('survives nesting twenty thousand elements deep', () => {
    for (const depth of [1_000, 20_000]) {
      const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH.repeat(3)}</p>${'</div>'.repeat(depth)}</body></html>`;
      extractsOrRejects(html, `nested ${depth}`);
      const text = htmlToText(`${'<span>'.repeat(depth)}${PARAGRAPH}`);
      assert.match(text, /Brannock/);
    }
  });

  it('copes with unclosed tags, stray closers and unterminated comments', () => {
    for (const html of ['<html><body><p>' + PARAGRAPH.repeat(4), '</p></div></body>' + PARAGRAPH.repeat(4), '<body><!-- ' + PARAGRAPH.repeat(4),
      '<body><p>' + PARAGRAPH.repeat(4) + '<script>SECRET_SCRIPT', '<table><tr><td>' + PARAGRAPH.repeat(4) + '</p></li>', '']) {
      extractsOrRejects(html, html.slice(0, 30));
    }
  });
});
