import type { Token } from '../../model/token.ts';
import { groupAfter, withCountry, type ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { FORCE_ROOTS } from './stance-code.ts';

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
    const countries = new Set(withUnnamed.members.flatMap((member) => (member.isCountryless || !member.code || !/^[A-Z]{3}/.test(member.code) || member.code.startsWith('IGO') ? [] : [member.code.slice(0, 3)])));
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
 * "declared an emergency after clashes between police and protesters": a fight noun whose sides are named right after
 * its "between" is an event of its own, not a noun restating the act coded before it ("clashes between the sides" names none).
 */
export function isFightBetween(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, match: TriggerMatch): boolean {
  const at = match.preposition;
  if (!match.pattern.isNoun || at === undefined || tokens[at]?.lemma !== 'between' || !FORCE_ROOTS.has(match.pattern.code.slice(0, 2))) return false;
  return [...groups, ...(countryless ?? [])].some((group) => group.first > at && group.first <= at + 3);
}
