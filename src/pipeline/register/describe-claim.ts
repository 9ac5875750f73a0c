import type { Claim } from '../../model/claim.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Token } from '../../model/token.ts';


/** A claim as one neutral sentence: its content when it is a clause, "Speaker verb content" when it is a noun phrase. */
export function describeClaim(doc: AnalyzedDocument, claim: Claim): string | undefined {
  let content = doc.text.slice(claim.content.start, claim.content.end);
  // The content span may still hold its own attribution ("…, according to reports, …"): drop it.
  for (const attribution of [claim.verb === claim.speaker ? claim.speaker : `${claim.verb} ${claim.speaker}`, claim.speaker]) {
    content = content.replace(new RegExp(`,?\\s*${escape(attribution)}\\s*,?`, 'i'), ' ');
  }
  content = content.replace(/^\s*that\s+/i, '').replace(/\s+/g, ' ').replace(/[\s.,;:]+$/, '').trim();
  if (content.split(' ').length < 3) return undefined;
  const isClause = doc.tokens.some(
    (token) => isFiniteVerb(token) && token.span.start >= claim.content.start && token.span.end <= claim.content.end,
  );
  if (isClause) return capitalise(content);
  return `${capitalise(claim.speaker)} ${claim.verb} ${content}`;
}

/** An auxiliary or an inflected verb ("discussed", "met", "says"): a bare "chat" tagged VERB is not a clause. */
function isFiniteVerb(token: Token): boolean {
  if (token.pos === 'AUX') return true;
  return token.pos === 'VERB' && (token.lemma !== token.text.toLowerCase() || /(ed|s)$/i.test(token.text));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
