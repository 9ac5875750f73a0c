import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { territoryCodeOf } from '../../knowledge/places/own-code-territories.ts';

/** The actors and places the earlier stages found, as token ranges: computed once per document. */
export interface DocumentMentions {
  readonly actors: readonly ActorMention[];
  readonly places: readonly ActorMention[];
}

/** The mentions of a list sorted by `first` that lie inside the sentence: a binary search, not a scan per sentence. */
export function inSentence(mentions: readonly ActorMention[], sentence: Sentence): ActorMention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle]?.first ?? Infinity) < sentence.firstToken) low = middle + 1;
    else high = middle;
  }
  const found: ActorMention[] = [];
  for (let index = low; index < mentions.length; index++) {
    const mention = mentions[index];
    if (!mention || mention.first > sentence.lastToken) break;
    if (mention.last <= sentence.lastToken) found.push(mention);
  }
  return found;
}

/** The token starting exactly at a character offset (tokens are in text order), by binary search. */
function tokenStartingAt(doc: AnalyzedDocument, offset: number): number | undefined {
  let low = 0;
  let high = doc.tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const start = doc.tokens[middle]?.span.start ?? Infinity;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Maps the actors stage's and places stage's spans to token ranges, each list sorted by position. */
export function documentMentions(doc: AnalyzedDocument): DocumentMentions {
  const byPosition = (a: ActorMention, b: ActorMention): number => a.first - b.first;
  return { actors: actorMentions(doc).sort(byPosition), places: placeMentions(doc).sort(byPosition) };
}

/**
 * The actors stage's mentions as token ranges. This and `placeMentions` are loops of their own: as one function, code V8
 * compiled on the spot in the first loop held the second with the first document's feedback and bailed out there.
 */
function actorMentions(doc: AnalyzedDocument): ActorMention[] {
  const actors: ActorMention[] = [];
  for (const actor of doc.actors) {
    for (const span of actor.mentions) {
      const tokens = tokenRange(doc, span);
      if (tokens) actors.push(actorMention({ first: tokens.first, last: tokens.last, code: actor.code, actorId: actor.id, name: actor.name, ...(actor.kind === 'person' ? { isPerson: true } : {}) }));
    }
  }
  return actors;
}

/** The places stage's mentions of places with a country, as token ranges. */
function placeMentions(doc: AnalyzedDocument): ActorMention[] {
  const places: ActorMention[] = [];
  for (const place of doc.places) {
    if (!place.country) continue;
    for (const span of place.mentions) {
      const tokens = tokenRange(doc, span);
      if (tokens) places.push(actorMention({ first: tokens.first, last: tokens.last, code: territoryCodeOf(place.country, place.region), name: place.name, placeId: place.id }));
    }
  }
  return places;
}

/** The tokens a span covers, from the one starting exactly where it starts. */
function tokenRange(doc: AnalyzedDocument, span: { readonly start: number; readonly end: number }): { first: number; last: number } | undefined {
  const first = tokenStartingAt(doc, span.start);
  if (first === undefined) return undefined;
  let last = first;
  while ((doc.tokens[last + 1]?.span.start ?? Infinity) < span.end) last++;
  return { first, last };
}
