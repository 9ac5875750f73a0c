import type { Entity } from '../../model/entity.ts';

// Lower-case words inside Arabic, Dutch, German, Romance and Portuguese names ("bin", "van der", "de la", "dos").
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'ter', 'ten', 'y', 'e']);

/**
 * Joins a name split at its lower-case particles into one person: the recogniser, trained on capitalised words, reads
 * "Yusuf bin Alawi" as two people and "Ursula von der Leyen" as an organisation and a person. Entities must be sorted by
 * position; which parts may be joined is `isNameAfterParticles`'s.
 */
export function joinNameParticles(text: string, entities: readonly Entity[]): Entity[] {
  const joined: Entity[] = [];
  for (const entity of entities) {
    const previous = joined.at(-1);
    const gap = text.slice(previous?.span.end ?? 0, entity.span.start);
    if (previous && isParticleGap(gap) && isNameAfterParticles(previous, entity, gap.trim().split(/\s+/))) {
      const span = { start: previous.span.start, end: entity.span.end };
      joined[joined.length - 1] = { id: '', type: 'person', text: text.slice(span.start, span.end), span, rule: `${entity.rule}+name-particles`, confidence: Math.min(previous.confidence, entity.confidence) };
    } else {
      joined.push(entity);
    }
  }
  return joined;
}

// The Portuguese particles after which a one-word place is a given name ("Isabel dos Santos", "Florencia da Costa"); after
// "de" it is as often the place ("Paris de Gaulle" is no one's name).
const GIVEN_NAME_PARTICLES = new Set(['da', 'das', 'do', 'dos']);

/**
 * The parts a particle joins into one person: a person after a person, organisation or other name; or, after a given
 * name the recogniser read as a place ("Isabel" is a Solomon Islands province, "Victoria" a capital) and a Portuguese
 * particle, a person or a name it read as a body: "Isabel dos Santos". A place of several words ("Rio de Janeiro" is
 * one) is never a given name.
 */
function isNameAfterParticles(previous: Entity, entity: Entity, particles: readonly string[]): boolean {
  if (previous.type === 'nationality') return false;
  if (previous.type !== 'place') return entity.type === 'person';
  return !/\s/.test(previous.text) && particles.every((word) => GIVEN_NAME_PARTICLES.has(word)) && (entity.type === 'person' || entity.type === 'organisation');
}

function isParticleGap(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  return /^\s/.test(gap) && /\s$/.test(gap) && words.length <= 2 && words.every((word) => PARTICLES.has(word));
}
