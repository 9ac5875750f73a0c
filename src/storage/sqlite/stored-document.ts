import type { AnalyzedDocument } from '../../model/document.ts';
import type { Token } from '../../model/token.ts';

/** A token as stored: `[start, end, pos]`, plus the lemma only when it differs from the lower-cased text. */
type StoredToken = readonly [number, number, string] | readonly [number, number, string, string];

/**
 * Serialises a document for the `body` column. The text lives in its own column (it feeds FTS), and tokens are
 * packed as offset arrays: their text and `precededBySpace` are re-derived from the text on load, so nothing is lost
 * while the stored JSON shrinks to about a third.
 */
export function encodeDocumentBody(doc: AnalyzedDocument): string {
  const { text: _text, tokens, ...rest } = doc;
  const packed: StoredToken[] = tokens.map((token) => {
    const lower = token.text.toLowerCase();
    return token.lemma === lower
      ? [token.span.start, token.span.end, token.pos]
      : [token.span.start, token.span.end, token.pos, token.lemma];
  });
  return JSON.stringify({ ...rest, tokens: packed });
}

/** Rebuilds the document stored by `encodeDocumentBody`. */
export function decodeDocumentBody(text: string, body: string): AnalyzedDocument {
  const parsed = JSON.parse(body) as Omit<AnalyzedDocument, 'text' | 'tokens'> & { tokens: StoredToken[] };
  const tokens: Token[] = parsed.tokens.map(([start, end, pos, lemma]) => {
    const tokenText = text.slice(start, end);
    return {
      text: tokenText,
      span: { start, end },
      pos,
      lemma: lemma ?? tokenText.toLowerCase(),
      precededBySpace: start > 0 && /\s/.test(text.charAt(start - 1)),
    };
  });
  return { ...parsed, text, tokens };
}
