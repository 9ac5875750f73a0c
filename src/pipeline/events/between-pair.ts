import type { Token } from '../../model/token.ts';
import { withCountry, type ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { countryOf } from './state-country.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { FORCE_ROOTS } from './stance-code.ts';
import { isInTimePhrase } from './clause-shape.ts';

/**
 * "Fighting between Somalia's army and al-Shabaab raged", "clashes between Kenyan police and protesters": the two sides
 * named right after a trigger's "between", each of them acting on the other. A side with no country of its own ("the
 * army", "protesters") fights beside or against a named one of the same country, so it takes the named side's country;
 * undefined when "between" does not follow the trigger or fewer than two sides are named.
 */
export function betweenPair(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, at: number, isFight: boolean): ActorGroup | undefined {
  if (tokens[at]?.lemma !== 'between') return undefined;
  const named = groupAfter(tokens, groups, at, 3, true);
  const withUnnamed = countryless?.find((group) => group.first > at && group.first <= at + 4 && group.members.length >= 2 && (named === undefined || group.members.some((member) => named.members.includes(member))));
  if (withUnnamed) {
    const countries = new Set(withUnnamed.members.flatMap((member) => countryOf(member) ?? []));
    const [country] = countries;
    if (countries.size === 1 && country) return withCountry(withUnnamed, country);
    if (withUnnamed.members.every((member) => !member.isCountryless)) return withUnnamed;
    // "clashes between police and protesters": in a fight neither side need be named by country; the place or the state
    // the sentence names gives it later. Talks between two countryless people ("a meeting between two bosses") stay unpaired.
    if (isFight && countries.size === 0 && withUnnamed.members.every((member) => member.code !== undefined)) return withUnnamed;
  }
  return named && named.members.length >= 2 ? named : undefined;
}

/**
 * "imposed a curfew after clashes between police and students": a fight noun set after the act by "after" or "amid", both
 * its sides named right after its "between", is an event of its own, not a noun restating the act coded before it; this
 * is its pair. A fight the verb is about ("condemned the fighting between…", "discussed clashes between…") is that verb's
 * topic and stays uncoded, as is "clashes between the sides" or between two clubs' fans, which name no pair of actors.
 */
export function timedFightPair(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, match: TriggerMatch): ActorGroup | undefined {
  const at = match.preposition;
  if (!match.pattern.isNoun || at === undefined || tokens[at]?.lemma !== 'between' || !FORCE_ROOTS.has(match.pattern.code.slice(0, 2))) return undefined;
  const pair = isInTimePhrase(tokens, match.trigger, 'fight') ? betweenPair(tokens, groups, countryless, at, true) : undefined;
  return pair?.members.every((member) => member.code !== undefined) ? pair : undefined;
}
