import type { Claim } from '../../model/claim.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Token } from '../../model/token.ts';

/** A claim as one neutral sentence: its content when it is a clause, "Speaker verb content" when it is a noun phrase. */
export function describeClaim(doc: AnalyzedDocument, claim: Claim): string | undefined {
  let content = doc.text.slice(claim.content.start, claim.content.end).replace(/\s+/g, ' ');
  // The content span may still hold its own attribution ("…, according to reports, …"): drop it.
  for (const attribution of [claim.verb === claim.speaker ? claim.speaker : `${claim.verb} ${claim.speaker}`, claim.speaker]) {
    content = removePhrase(content, attribution.replace(/\s+/g, ' '));
  }
  content = content.replace(/^\s*that\s+/i, '').replace(/[\s.,;:]+$/, '').trim();
  // Fewer than three words, counted by their separating spaces rather than by splitting the content.
  if (content.indexOf(' ', content.indexOf(' ') + 1) < 0) return undefined;
  let isClause = false;
  for (let i = firstTokenAt(doc.tokens, claim.content.start); i < doc.tokens.length && !isClause; i++) {
    const token = doc.tokens[i];
    if (!token || token.span.end > claim.content.end) break;
    isClause = isFiniteVerb(token);
  }
  if (isClause) return capitalise(content);
  return `${capitalise(claim.speaker)} ${claim.verb} ${content}`;
}

/** An auxiliary or an inflected verb ("discussed", "met", "says"): a bare "chat" tagged VERB is not a clause. */
function isFiniteVerb(token: Token): boolean {
  if (token.pos === 'AUX') return true;
  return token.pos === 'VERB' && (token.lemma !== token.text.toLowerCase() || /(ed|s)$/i.test(token.text));
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle]?.span.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Removes the first whole-word, case-insensitive occurrence of a phrase with the commas around it. */
function removePhrase(text: string, phrase: string): string {
  const lower = text.toLowerCase();
  const wanted = phrase.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    if (/\w/.test(lower[at - 1] ?? '') || /\w/.test(lower[end] ?? '')) continue;
    const before = text.slice(0, at).replace(/,?\s*$/, '');
    const after = text.slice(end).replace(/^\s*,?\s*/, '');
    return before && after ? `${before} ${after}` : before || after;
  }
  return text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
