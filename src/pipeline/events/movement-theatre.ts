import type { Token } from '../../model/token.ts';
import { MOVEMENT_THEATRES } from '../../knowledge/actors/movement-theatres.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { countryOf } from './state-country.ts';

/**
 * "Islamic State fighters took two villages near Tikrit" → IRQREB: a transnational movement in a sentence
 * whose other actors and places name exactly one country where it fights as an insurgency is that country's rebels.
 * Two such countries ("in Iraq and Syria") or none ("attacked a concert hall in Paris") leave its own code, and so
 * does a sentence naming that country's rebels besides it.
 */
export function withTheatresOfMovements(_tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  if (!mentions.some((mention) => mention.code !== undefined && MOVEMENT_THEATRES[mention.code] !== undefined)) return mentions;
  return mentions.map((mention) => {
    const theatres = mention.code === undefined ? undefined : MOVEMENT_THEATRES[mention.code];
    if (!theatres) return mention;
    const countries = new Set<string>();
    for (const other of mentions) {
      const country = other === mention ? undefined : countryOf(other);
      if (country !== undefined && theatres.has(country)) countries.add(country);
    }
    const [country] = countries;
    // "Kurdish fighters battled Islamic State in Kobani": beside that country's own rebels, the movement is their foe, not one of them.
    if (countries.size !== 1 || country === undefined || mentions.some((other) => other.code === `${country}REB`)) return mention;
    return actorMention({ ...mention, code: `${country}REB`, country });
  });
}
