import type { Claim } from '../../model/claim.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';

/** The claim an event is reported under: its own link, else the claim whose words hold its trigger. */
export function claimForSpan(doc: AnalyzedDocument, claimId: string | undefined, trigger: Span): Claim | undefined {
  if (claimId) return doc.claims.find((claim) => claim.id === claimId);
  // The statement itself ("the ministry warned…"): its frame holds the trigger. A claim elsewhere in the sentence
  // ("…, a law that critics say…") does not vouch for the main event.
  return doc.claims.find((claim) => claim.span.start <= trigger.start && trigger.end <= claim.span.end);
}

/**
 * The bracketed source of a fact: "Shoigu, to TASS" when a person speaks to an outlet, the speaker otherwise,
 * "unattributed: gossip has it" for hedges with no one behind them, the outlet (or "unattributed") with no claim.
 */
export function sourceLabel(doc: AnalyzedDocument, claim: Claim | undefined): string {
  if (!claim) return doc.meta.source ?? 'unattributed';
  if (claim.sourceKind === 'unattributed' && !claim.speakerActorId) return `unattributed: ${claim.speaker.toLowerCase()}`;
  const speaker = doc.actors.find((actor) => actor.id === claim.speakerActorId);
  const outlet = doc.actors.find(
    (actor) =>
      actor.kind === 'media' &&
      actor.id !== speaker?.id &&
      actor.mentions.some((m) => m.start >= claim.span.start && m.end <= claim.span.end && !within(m, claim.content)),
  );
  const name = speaker?.name ?? claim.speaker;
  return outlet && speaker?.kind !== 'media' ? `${name}, to ${outlet.name}` : name;
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
