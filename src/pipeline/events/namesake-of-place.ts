import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import { isRegionCode } from '../../knowledge/actors/describe-actor-code.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Token } from '../../model/token.ts';
import { isBareCountry } from './agent-roles.ts';
import { hasPlaceMention } from './has-place-mention.ts';

/** Buildings and bodies named after a person: "Jinnah Hospital", "Mandela Hall", "Nehru Stadium". */
const NAMED_AFTER = new Set(['University', 'College', 'Airport', 'Hospital', 'Square', 'Stadium', 'Street', 'Avenue', 'Bridge', 'Foundation', 'Institute', 'Mosque', 'Prize', 'Center', 'Centre', 'Hall', 'Park', 'School', 'Library', 'Museum']);

/** A person the dictionary knows whose name is part of a building's or body's name there ("outside Jinnah Hospital") acts in nothing. */
export function isNamesakeOfPlace(tokens: readonly Token[], match: ActorDictionaryMatch): boolean {
  return match.entry.kind === 'actor' && (match.code?.length ?? 0) > 3 && NAMED_AFTER.has(tokens[match.lastToken + 1]?.text ?? '');
}

/**
 * "a village near Hebron in the West Bank", "floods across West Java", "the governor of West Virginia": a region's name
 * ("the West") that only opens a longer place name the places stage found is part of that place, not the region.
 */
export function opensLongerPlaceName(doc: AnalyzedDocument, match: ActorDictionaryMatch): boolean {
  if (match.code === undefined || !isRegionCode(match.code)) return false;
  const last = doc.tokens[match.lastToken]?.span;
  if (!last) return false;
  return hasPlaceMention(doc, (span) => span.start <= last.start && span.end > last.end);
}

/**
 * "police arrested Jordan Bardella", "charged Chad Ellison with fraud": a country's or capital's name that only opens a
 * longer name the recogniser took for a person's is that person's given name, not the state.
 */
export function opensPersonName(doc: AnalyzedDocument, match: ActorDictionaryMatch): boolean {
  if (!isBareCountry(match.code)) return false;
  const first = doc.tokens[match.firstToken]?.span;
  const last = doc.tokens[match.lastToken]?.span;
  if (!first || !last) return false;
  return doc.entities.some((entity) => entity.type === 'person' && entity.span.start === first.start && entity.span.end > last.end);
}

/** Landforms and waters named after a country that may lie across its borders or beyond them. */
const FEATURES = new Set(['Delta', 'Valley', 'River', 'Basin', 'Strait', 'Straits', 'Sea', 'Lake', 'Plateau', 'Highlands']);

/** "rebels in the Niger Delta", "a village in the Jordan Valley": a country's name opening a landform's name is not the state. */
export function opensFeatureName(tokens: readonly Token[], match: ActorDictionaryMatch): boolean {
  return isBareCountry(match.code) && FEATURES.has(tokens[match.lastToken + 1]?.text ?? '');
}
