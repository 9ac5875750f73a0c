import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { actorMention } from './actor-mention.ts';
import { isBareCountry, isStateCountry } from './agent-roles.ts';
import { countryOf } from './state-country.ts';
import { isLocative } from './clause-shape.ts';

/** Words after "to", "into" or "onto" that point back to a place named before, or to the streets at home. */
const PLACES_REFERRED_TO = new Set(['them', 'it', 'there', 'city', 'capital', 'town', 'region', 'area', 'country', 'street']);
/** "clashes in Lyon", "two districts of Moldova" name a place; "criticism from Washington" names a side, not a place. */
const PLACE_PHRASE = new Set(['in', 'of', 'across', 'inside', 'near', 'through', 'throughout']);

/**
 * "recognised two enclaves of Moldavia and ordered army units into them", "protesters clashed with police in Lyon,
 * and the minister ordered 500 gendarmes to the city", "ordered soldiers onto the streets": forces ordered to a place
 * named only by a pronoun or a definite noun go to the last place named in a place phrase before the verb, and with
 * none named, to the streets of the state's own country (CAMEO 154 aimed at that country).
 */
export function deploymentPlace(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): ActorGroup | undefined {
  if (target || !source || match.pattern.code !== '154' || match.preposition === undefined) return target;
  const next = tokens[match.preposition + 1];
  const head = next?.lemma === 'the' ? tokens[match.preposition + 2] : next;
  if (!head || !PLACES_REFERRED_TO.has(head.lemma) || tokens[match.preposition + 3]?.lemma === 'of') return target;
  const place = groups.findLast((group) => group !== source && group.last < match.trigger && isLocative(tokens, group.first, PLACE_PHRASE) && group.members.every((member) => member.placeId !== undefined || isBareCountry(member.code)));
  if (place) return place;
  const ruler = source.members[0];
  const country = countryOf(ruler);
  if (!ruler || !country || !isStateCountry(country)) return target;
  const home = actorMention({ first: ruler.first, last: ruler.last, code: country, name: country, country });
  return { members: [home], first: home.first, last: home.last };
}
