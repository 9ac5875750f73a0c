import type { AnalyzedDocument } from '../../model/document.ts';
import type { Event } from '../../model/event.ts';
import type { Span } from '../../model/span.ts';
import { describeClaim } from './describe-claim.ts';
import { eventPhraseFor, isSymmetricCode, isTransferCode } from './event-phrases.ts';
import { claimForSpan, sourceLabel } from './fact-sources.ts';

const MAX_FACTS = 12;
const COUNTED = new Set(['personnel', 'killed', 'wounded', 'casualties', 'arrests', 'displaced', 'money', 'weapons']);

/** A short neutral list of the facts an article states, each with its source in brackets, from its structured layers. */
export function plainFacts(doc: AnalyzedDocument): string[] {
  const facts: string[] = [];
  const seen = new Set<string>();
  const coveredClaims = new Set<string>();
  for (const event of doc.events) {
    const source = actorName(doc, event.sourceActorId, event.sourceCode);
    const target = actorName(doc, event.targetActorId, event.targetCode);
    if (!source) continue;
    const pair = isSymmetricCode(event.rootCode) ? [source, target ?? ''].sort().join('+') : `${source}>${target ?? ''}`;
    const key = `${event.rootCode}|${pair}|${event.sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const claim = claimForSpan(doc, event.claimId, event.sentence);
    if (claim) coveredClaims.add(claim.id);
    const date = dateOf(doc, event);
    facts.push(`${date ? `${date} — ` : ''}${describeEvent(doc, event, source, target)} (${sourceLabel(doc, claim)}).`);
  }
  for (const claim of doc.claims) {
    if (coveredClaims.has(claim.id)) continue;
    const sentence = describeClaim(doc, claim);
    if (sentence) facts.push(`${sentence} (${sourceLabel(doc, claim)}).`);
  }
  return facts.slice(0, MAX_FACTS);
}

function describeEvent(doc: AnalyzedDocument, event: Event, source: string, target: string | undefined): string {
  const place = placeIn(doc, event);
  const counted = quantitiesIn(doc, event.sentence);
  const phrase = eventPhraseFor(event.baseCode, event.rootCode);
  if (counted.length > 0 && isTransferCode(event.rootCode)) {
    const verb = verbFor(event, { past: 'sent', base: 'send' });
    return `${source} ${verb} ${joinAnd(counted)}${target ? ` to ${target}` : ''}${place ? ` (${place})` : ''}`;
  }
  const object = target ? ` ${phrase.preposition ? `${phrase.preposition} ` : ''}${target}` : '';
  return `${source} ${verbFor(event, phrase)}${object}${place ? ` in ${place}` : ''}`;
}

function verbFor(event: Event, phrase: { past: string; base: string }): string {
  switch (event.modality) {
    case 'planned':
      return `will ${phrase.base}`;
    case 'denied':
      return `did not ${phrase.base}`;
    case 'hypothetical':
      return `may ${phrase.base}`;
    case 'happened':
      return phrase.past;
  }
}

/** The event's own date; failing that, a day-precise date stated in the same sentence. */
function dateOf(doc: AnalyzedDocument, event: Event): string | undefined {
  if (event.date && !event.isDateFromPublication) return event.date;
  const stated = doc.dates.find((d) => d.granularity === 'day' && d.value && inside(d.span, event.sentence));
  return stated?.value;
}

function actorName(doc: AnalyzedDocument, id: string | undefined, code: string | undefined): string | undefined {
  const actor = id ? doc.actors.find((candidate) => candidate.id === id) : undefined;
  return actor?.name ?? (code ? (doc.actors.find((candidate) => candidate.code === code)?.name ?? code) : undefined);
}

/** The event's place as written, or a place named in the same sentence. */
function placeIn(doc: AnalyzedDocument, event: Event): string | undefined {
  const place = event.placeId
    ? doc.places.find((candidate) => candidate.id === event.placeId)
    : doc.places.find((candidate) => candidate.mentions.some((m) => inside(m, event.sentence)));
  if (!place) return undefined;
  const mention = place.mentions.find((m) => inside(m, event.sentence)) ?? place.mentions[0];
  return mention ? doc.text.slice(mention.start, mention.end) : place.name;
}

function quantitiesIn(doc: AnalyzedDocument, sentence: Span): string[] {
  return doc.quantities
    .filter((q) => COUNTED.has(q.category) && inside(q.span, sentence))
    .map((q) => doc.text.slice(q.span.start, q.span.end).replace(/\s+/g, ' ').trim());
}

function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
