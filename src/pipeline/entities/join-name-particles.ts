import type { Entity } from '../../model/entity.ts';

// Lower-case words inside Arabic, Dutch, German, Romance and Portuguese names ("bin", "van der", "de la", "dos").
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'ter', 'ten', 'y', 'e']);

/**
 * Joins a name split at its lower-case particles into one person: the recogniser, trained on capitalised words, reads
 * "Yusuf bin Alawi" as two people and "Ursula von der Leyen" as an organisation and a person. Entities must be sorted by
 * position; the second part must be a person and the first a person, organisation or other name (not a place).
 */
export function joinNameParticles(text: string, entities: readonly Entity[]): Entity[] {
  const joined: Entity[] = [];
  for (const entity of entities) {
    const previous = joined.at(-1);
    if (previous && entity.type === 'person' && previous.type !== 'place' && previous.type !== 'nationality' && isParticleGap(text.slice(previous.span.end, entity.span.start))) {
      const span = { start: previous.span.start, end: entity.span.end };
      joined[joined.length - 1] = { id: '', type: 'person', text: text.slice(span.start, span.end), span, rule: `${entity.rule}+name-particles`, confidence: Math.min(previous.confidence, entity.confidence) };
    } else {
      joined.push(entity);
    }
  }
  return joined;
}

function isParticleGap(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  return /^\s/.test(gap) && /\s$/.test(gap) && words.length <= 2 && words.every((word) => PARTICLES.has(word));
}
