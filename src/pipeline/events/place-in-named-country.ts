import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { isBareCountry, isStateCountry } from './agent-roles.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';

/** Words that may stand between a town and the country it is said to be in ("in northern", "in the far east of"). */
const BETWEEN = new Set(['the', 'of', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'far', '-', 'part', 'coast']);

/**
 * "the city of Tripoli in northern Lebanon", "Victoria in southern Cameroon": a town the gazetteer places in another
 * country is the namesake in the country the sentence says it is in.
 */
export function withPlacesInNamedCountry(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  return mentions.map((mention) => {
    if (mention.placeId === undefined || !isBareCountry(mention.code) || tokens[mention.last + 1]?.lemma !== 'in') return mention;
    let index = mention.last + 2;
    while (BETWEEN.has(tokens[index]?.lemma ?? '') && index <= mention.last + 6) index++;
    const country = mentions.find((other) => other.first === index && isBareCountry(other.code) && other.placeId === undefined && isStateCountry(other.code));
    if (!country?.code || country.code === mention.code) return mention;
    // "Alexandria in Romania's Teleorman county": the country owning a named region still says where the town is.
    if (POSSESSIVE_MARKS.has(tokens[country.last + 1]?.text ?? '') && !/^\p{Lu}/u.test(tokens[country.last + 2]?.text ?? '')) return mention;
    return actorMention({ ...mention, code: country.code, country: country.code });
  });
}
