import { describeActorCode } from '../../knowledge/actors/describe-actor-code.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Event } from '../../model/event.ts';
import type { Span } from '../../model/span.ts';
import { isInDateline } from '../dateline/is-in-dateline.ts';
import { describeClaim } from './describe-claim.ts';
import { eventPhraseFor, isTransferCode } from './event-phrases.ts';
import { claimForSpan, sourceLabel } from './fact-sources.ts';

const MAX_FACTS = 12;
const COUNTED = new Set(['personnel', 'killed', 'wounded', 'casualties', 'arrests', 'displaced', 'money', 'weapons']);

/** A short neutral list of the facts an article states, each with its source in brackets, from its structured layers. */
export function plainFacts(doc: AnalyzedDocument): string[] {
  const facts: string[] = [];
  const coveredClaims = new Set<string>();
  for (const event of distinctEvents(doc)) {
    const source = actorOf(doc, event.sourceActorId, event.sourceCode);
    if (!source) continue;
    const claim = claimForSpan(doc, event.claimId, event.trigger);
    if (claim) coveredClaims.add(claim.id);
    const date = dateOf(doc, event);
    const target = actorOf(doc, event.targetActorId, event.targetCode);
    facts.push(`${date ? `${date} — ` : ''}${describeEvent(doc, event, source, target)} (${sourceLabel(doc, claim)}).`);
    if (facts.length === MAX_FACTS) return facts;
  }
  for (const claim of doc.claims) {
    if (coveredClaims.has(claim.id)) continue;
    const sentence = describeClaim(doc, claim);
    if (sentence) facts.push(`${sentence} (${sourceLabel(doc, claim)}).`);
    // Facts past the first few are never shown: describing every claim of a long article cost more than the rest.
    if (facts.length === MAX_FACTS) return facts;
  }
  return facts;
}

/**
 * One event per happening: a coder may code a sentence both ways (A→B and B→A) or restate a meeting in a later
 * sentence; events with the same root code, the same pair of actors (either way) and the same date (or, undated,
 * the same sentence) are one fact, told by the most confident coding.
 */
function distinctEvents(doc: AnalyzedDocument): Event[] {
  const best = new Map<string, Event>();
  for (const event of doc.events) {
    const pair = [actorOf(doc, event.sourceActorId, event.sourceCode)?.name ?? '', actorOf(doc, event.targetActorId, event.targetCode)?.name ?? '']
      .sort()
      .join('+');
    const when = event.date && !event.isDateFromPublication ? event.date : `@${event.sentence.start}`;
    const key = `${event.rootCode}|${pair}|${when}`;
    const kept = best.get(key);
    if (!kept || event.confidence > kept.confidence) best.set(key, event);
  }
  const events = [...best.values()];
  // A one-sided coding ("Russia … help") adds nothing beside a full one of the same root in the same sentence.
  const isSubsumed = (event: Event): boolean =>
    !event.targetActorId && !event.targetCode &&
    events.some((other) => other !== event && other.rootCode === event.rootCode && other.sentence.start === event.sentence.start && (other.targetActorId ?? other.targetCode));
  return events
    .filter((event) => !isSubsumed(event))
    .sort((a, b) => a.sentence.start - b.sentence.start || a.trigger.start - b.trigger.start);
}

interface NamedActor {
  readonly name: string;
  readonly country?: string;
}

function describeEvent(doc: AnalyzedDocument, event: Event, source: NamedActor, target: NamedActor | undefined): string {
  const place = placeIn(doc, event, [source, target]);
  const counted = quantitiesIn(doc, event.sentence);
  const phrase = eventPhraseFor(event.baseCode, event.rootCode);
  if (counted.length > 0 && target && isTransferCode(event.rootCode)) {
    const verb = verbFor(event, { past: 'sent', base: 'send' });
    return `${source.name} ${verb} ${joinAnd(counted)}${destination(target, place)}`;
  }
  const object = target ? ` ${phrase.preposition ? `${phrase.preposition} ` : ''}${target.name}` : '';
  return `${source.name} ${verbFor(event, phrase)}${object}${place ? ` in ${place.text}` : ''}`;
}

/** "to Russia's Kursk region" when the place lies in the receiving country, "to Russia, in X" otherwise. */
function destination(target: NamedActor, place: PlaceText | undefined): string {
  if (!place) return ` to ${target.name}`;
  if (place.country && place.country === target.country) return ` to ${target.name}'s ${place.text.replace(/^the\s+/i, '')}`;
  return ` to ${target.name}, in ${place.text}`;
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

/** The event's own date; failing that, a day-precise date stated in the same sentence (not the dateline's filing date). */
function dateOf(doc: AnalyzedDocument, event: Event): string | undefined {
  if (event.date && !event.isDateFromPublication) return event.date;
  const stated = doc.dates.find((d) => d.granularity === 'day' && d.value && inside(d.span, event.sentence) && !isInDateline(doc, d.span));
  return stated?.value;
}

function actorOf(doc: AnalyzedDocument, id: string | undefined, code: string | undefined): NamedActor | undefined {
  const actor = (id ? doc.actors.find((candidate) => candidate.id === id) : undefined) ?? (code ? doc.actors.find((candidate) => candidate.code === code) : undefined);
  if (actor) return { name: actor.name, ...(actor.country ? { country: actor.country } : {}) };
  return code ? { name: describeActorCode(code) } : undefined;
}

interface PlaceText {
  readonly text: string;
  readonly country?: string;
}

/**
 * The event's place as written (or a sub-national place named in its sentence), unless it repeats an actor's country
 * or is only where the report was filed (the dateline) or a name the article uses for an actor ("Moscow" for Russia's
 * government in "helped Moscow repel…").
 */
function placeIn(doc: AnalyzedDocument, event: Event, actors: readonly (NamedActor | undefined)[]): PlaceText | undefined {
  const isPlaceMention = (m: Span): boolean =>
    inside(m, event.sentence) &&
    !isInDateline(doc, m) &&
    !doc.actors.some((actor) => actor.mentions.some((a) => a.start < m.end && m.start < a.end));
  const place = event.placeId
    ? doc.places.find((candidate) => candidate.id === event.placeId)
    : doc.places.find((candidate) => candidate.precision !== 'country' && candidate.mentions.some(isPlaceMention));
  if (!place) return undefined;
  if (actors.some((actor) => actor && (actor.name === place.name || (place.precision === 'country' && actor.country === place.country)))) {
    return undefined;
  }
  const inSentence = place.mentions.filter((m) => inside(m, event.sentence));
  if (inSentence.length > 0 && !inSentence.some(isPlaceMention)) return undefined;
  const mention = inSentence.find(isPlaceMention) ?? place.mentions.find((m) => !isInDateline(doc, m)) ?? place.mentions[0];
  const text = mention ? doc.text.slice(mention.start, mention.end) : place.name;
  return { text, ...(place.country ? { country: place.country } : {}) };
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
