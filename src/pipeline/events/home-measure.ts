import type { ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import { isStateCountry } from './agent-roles.ts';
import { countryOf } from './state-country.ts';

/** Curfews, states of emergency and martial law, imposed or lifted: measures a state takes over its own country. */
export const HOME_MEASURES: ReadonlySet<string> = new Set(['1723', '1724', '0813', '0814']);

/**
 * "Peru declared an emergency in Lima", "Yoon declared martial law": outside coders of wire text code a
 * measure at home as aimed at the state's own country (ARMGOV → ARM), the place named or not. A target of another
 * country ("imposed a curfew on Palestinian towns") stays as it is.
 */
export function homeOfMeasure(code: string, source: ActorGroup | undefined, target: ActorGroup | undefined): ActorGroup | undefined {
  if (target || !HOME_MEASURES.has(code)) return target;
  return homeOf(source) ?? target;
}

/** The state's own country as an actor standing where its first member stands, or undefined for a side of no state. */
export function homeOf(source: ActorGroup | undefined): ActorGroup | undefined {
  const ruler = source?.members[0];
  const country = countryOf(ruler);
  if (!ruler || !country) return undefined;
  const home = actorMention({ first: ruler.first, last: ruler.last, code: country, name: country, country });
  return { members: [home], first: home.first, last: home.last };
}

/** Coercion only a state does at home: administrative sanctions, arrests, expulsions, repression (not arson, 1712). */
const STATE_COERCION = /^17[2-5]/;

/**
 * "Armenia declared martial law", "Kenya imposed a curfew in Nairobi", "Delhi revoked the special status of Ladakh": a
 * country named bare as the maker of a measure at home or of coercion (17) of its own place is its government (ARM →
 * ARMGOV), which keeps the act from being the country aimed at itself and dropped.
 */
export function rulerOfMeasure(code: string, source: ActorGroup | undefined, target: ActorGroup | undefined): ActorGroup | undefined {
  const isHomeMeasure = HOME_MEASURES.has(code);
  if (!source || !(isHomeMeasure || (STATE_COERCION.test(code) && target))) return source;
  const isAtHome = (country: string): boolean => !target || target.members.every((member) => member.code === country);
  const members = source.members.map((member) => (isStateCountry(member.code) && member.isCountryless !== true && member.kinCountry === undefined && member.isPerson !== true && isAtHome(member.code) ? actorMention({ ...member, code: `${member.code}GOV` }) : member));
  return { members, first: source.first, last: source.last };
}
