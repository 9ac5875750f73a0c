import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { Token } from '../../model/token.ts';

/** Buildings and bodies named after a person: "Jinnah Hospital", "Mandela Hall", "Nehru Stadium". */
const NAMED_AFTER = new Set(['University', 'College', 'Airport', 'Hospital', 'Square', 'Stadium', 'Street', 'Avenue', 'Bridge', 'Foundation', 'Institute', 'Mosque', 'Prize', 'Center', 'Centre', 'Hall', 'Park', 'School', 'Library', 'Museum']);

/** A person the dictionary knows whose name is part of a building's or body's name there ("outside Jinnah Hospital") acts in nothing. */
export function isNamesakeOfPlace(tokens: readonly Token[], match: ActorDictionaryMatch): boolean {
  return match.entry.kind === 'actor' && (match.code?.length ?? 0) > 3 && NAMED_AFTER.has(tokens[match.lastToken + 1]?.text ?? '');
}
