import type { Token } from '../../model/token.ts';
import { groupAfter, withCountry, type ActorGroup } from './actor-groups.ts';
import { countryOf } from './state-country.ts';

/**
 * "Fighting between Somalia's army and al-Shabaab raged", "clashes between Kenyan police and protesters": the two sides
 * named right after a trigger's "between", each of them acting on the other. A side with no country of its own ("the
 * army", "protesters") fights beside or against a named one of the same country, so it takes the named side's country;
 * undefined when "between" does not follow the trigger or fewer than two sides are named.
 */
export function betweenPair(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, at: number): ActorGroup | undefined {
  if (tokens[at]?.lemma !== 'between') return undefined;
  const named = groupAfter(tokens, groups, at, 3, true);
  const withUnnamed = countryless?.find((group) => group.first > at && group.first <= at + 4 && group.members.length >= 2 && (named === undefined || group.members.some((member) => named.members.includes(member))));
  if (withUnnamed) {
    const countries = new Set(withUnnamed.members.flatMap((member) => countryOf(member) ?? []));
    const [country] = countries;
    if (countries.size === 1 && country) return withCountry(withUnnamed, country);
    if (withUnnamed.members.every((member) => !member.isCountryless)) return withUnnamed;
  }
  return named && named.members.length >= 2 ? named : undefined;
}
