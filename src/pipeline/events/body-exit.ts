import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { ARMED_SIDE_ROLES, IRREGULAR_ROLES, isBareCountry, isStateCountry, roleOf } from './agent-roles.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { countryOf } from './state-country.ts';

// What a state withdraws that is a force ("withdrew its troops from the AU mission"), and what of a body's is a place or
// force to pull out of ("the UN compound", "the AU peacekeeping force"): a retreat, not a break with the body.
export const FORCES: ReadonlySet<string> = new Set(['troop', 'soldier', 'force', 'personnel', 'peacekeeper', 'contingent', 'battalion', 'unit', 'police', 'officer']);
const BODY_PLACES = new Set(['mission', 'force', 'compound', 'base', 'camp', 'operation', 'headquarters', 'peacekeeping', 'zone', 'office']);
const LEAVING = new Set(['from', 'of']);

/**
 * A built-in retreat (0874) that leaves an international body (160) or ends a deployment in another state (166); any
 * other retreat keeps its code.
 */
export function exitCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  if (match.pattern.code !== '0874' || !match.pattern.isBuiltin || !source || !target) return undefined;
  return bodyExitCode(tokens, match, source, target) ?? hostExitCode(tokens, match, source, target);
}

/**
 * "Ruritania withdrew from the Andean trade pact", "Freedonia announced its withdrawal from the customs union": leaving
 * an international body reduces relations with it (160), where withdrawing from a town or front line is a retreat
 * (0874). The body must be what is left, named right after "from": "pulled back from a row with the EU" leaves a row.
 */
function bodyExitCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup, target: ActorGroup): string | undefined {
  const isBody = target.members.every((member) => member.code?.startsWith('IGO') === true);
  const isArmed = source.members.some((member) => ARMED_SIDE_ROLES.has(roleOf(member.code)));
  if (!isBody || isArmed || !isLeftBody(tokens, target) || hasForceWithdrawn(tokens, match.trigger, target.first)) return undefined;
  return '160';
}

/** "from the African Union", not "from a row with the African Union" nor "from the African Union's mission". */
function isLeftBody(tokens: readonly Token[], target: ActorGroup): boolean {
  if (!LEAVING.has(tokens[wordBeforeArticles(tokens, target)]?.lemma ?? '')) return false;
  return ![1, 2].some((step) => BODY_PLACES.has(tokens[target.last + step]?.lemma ?? ''));
}

function hasForceWithdrawn(tokens: readonly Token[], trigger: number, end: number): boolean {
  for (let index = trigger + 1; index < end; index++) if (FORCES.has(tokens[index]?.lemma ?? '')) return true;
  return false;
}

/**
 * "Chad pulled its soldiers out of Mali", "the remaining Belgian troops left Congo": a state ending its deployment in
 * another state withdraws from it (166), as peacekeepers or advisers are withdrawn; a retreat from a town, a front or
 * positions ("withdrew from the oil field", "pulled back from the airport") stays a military retreat (0874).
 */
function hostExitCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup, target: ActorGroup): string | undefined {
  if (target.members.length !== 1) return undefined;
  const host = target.members[0];
  // A place in the country ("the Kursk region", "the town of Kidal") carries its place id; the country by name does not.
  if (!isBareCountry(host?.code) || host.placeId !== undefined || !isStateCountry(host.code)) return undefined;
  const isForeignState = (member: ActorMention): boolean => {
    const country = countryOf(member);
    return country !== undefined && country !== host.code && !IRREGULAR_ROLES.has(roleOf(member.code));
  };
  if (!source.members.every(isForeignState)) return undefined;
  return isLeftCountry(tokens, match, target) ? '166' : undefined;
}

/** The country is what is left: named right after "from" or "out of", or as the object of "left", "quit", "exited". */
function isLeftCountry(tokens: readonly Token[], match: TriggerMatch, target: ActorGroup): boolean {
  // "from the Kyiv region", "from Ukraine's Kherson region": the name only qualifies the place left.
  const next = tokens[target.last + 1];
  if (next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.pos === 'PART') return false;
  if (target.first === match.lastWord + 1) return true;
  const before = wordBeforeArticles(tokens, target);
  return LEAVING.has(tokens[before]?.lemma ?? '') && (tokens[before]?.lemma === 'from' || tokens[before - 1]?.lemma === 'out');
}

/** "from the African Union", "out of the Congo": the word before the target, past its articles. */
function wordBeforeArticles(tokens: readonly Token[], target: ActorGroup): number {
  let before = target.first - 1;
  while (tokens[before]?.pos === 'DET') before--;
  return before;
}
