import { parseHTML } from 'linkedom';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM']);

interface TextNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<TextNodeLike>;
}

/** Plain text of an HTML fragment with paragraphs kept as blank-line-separated blocks, so sentences never merge. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  walk(document.body as unknown as TextNodeLike, parts);
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when a string holds markup or entities worth converting rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][\w-]*[^>]*>|&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(text);
}

// Iterative (an explicit stack instead of recursion) so pages nested tens of thousands deep cannot overflow the stack.
function walk(root: TextNodeLike, parts: string[]): void {
  const stack: (TextNodeLike | string)[] = [root];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next === 'string') {
      parts.push(next);
      continue;
    }
    const node = next;
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      parts.push('\n');
      continue;
    }
    const isBlock = BLOCKS.has(name);
    if (isBlock) parts.push('\n\n');
    if (isBlock) stack.push('\n\n');
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) stack.push(child);
    }
  }
}
