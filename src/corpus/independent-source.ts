import type { AnalyzedDocument } from '../model/document.ts';
import type { Claim } from '../model/claim.ts';

/** A story member with the article it copies or rewrites (the root of its duplicate chain), if any. */
export interface StoryArticle {
  readonly doc: AnalyzedDocument;
  readonly originalId?: string;
}

const RELAYED: ReadonlySet<Claim['sourceKind']> = new Set(['state-media', 'outlet']);

/**
 * The independent source behind one statement: when the article relays an agency or another outlet ("KCNA said",
 * "told TASS"), that agency; otherwise the outlet of the original the article copies, or the article itself.
 * Two outlets quoting the same TASS report, or running the same agency's dated copy, are therefore one source, and a
 * rewrite counts with its original.
 */
export function independentSource(article: StoryArticle, byId: ReadonlyMap<string, StoryArticle>, claim?: Claim): string {
  if (claim && RELAYED.has(claim.sourceKind)) {
    const speaker = claim.speakerActorId ? article.doc.actors.find((a) => a.id === claim.speakerActorId)?.name : undefined;
    return `agency:${(speaker ?? claim.speaker).trim().toLowerCase()}`;
  }
  const original = article.originalId ? (byId.get(article.originalId) ?? article) : article;
  // Wire copy ("OSLO (Reuters) -") is the agency's report, whichever outlet runs it.
  const wire = original.doc.dateline?.agency;
  if (wire) return `agency:${wire.toLowerCase()}`;
  return original.doc.meta.source ? `outlet:${original.doc.meta.source.toLowerCase()}` : `article:${original.doc.id}`;
}
