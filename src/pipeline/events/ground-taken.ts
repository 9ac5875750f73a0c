import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { CROWD_ROLES, IRREGULAR_ROLES, STATE_SIDE_ROLES } from './agent-roles.ts';
import { objectHead } from './object-head.ts';

const TAKING_VERBS = new Set(['capture', 'seize']);

const TERRITORY = new Set(['town', 'city', 'village', 'strip', 'coastline', 'coast', 'territory', 'area', 'district', 'region', 'province', 'hill', 'ridge', 'base', 'airport', 'airfield', 'port', 'stronghold', 'enclave', 'island', 'crossing', 'outpost', 'capital', 'headquarters', 'garrison']);

/**
 * "the army captured a hilltop garrison held by the insurgents": ground taken is occupied (192), not people arrested
 * (173). Police hold no ground: "officers seized the offices of a trade union" is property seized (171), so a taking
 * by police alone stays with its row.
 */
function isGroundTaken(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined): boolean {
  if (match.pattern.code !== '173' && match.pattern.code !== '171') return false;
  if (!TAKING_VERBS.has(tokens[match.trigger]?.lemma ?? '') || !TERRITORY.has(objectHead(tokens, match.lastWord) ?? '')) return false;
  return !(source !== undefined && source.members.length > 0 && source.members.every((member) => member.code?.endsWith('COP') === true));
}

/** "Syrian rebels seized Damascus": a place seized by its bare name is territory taken (192), not property (171). */
function isTerritorySeized(tokens: readonly Token[], match: TriggerMatch, target: ActorGroup | undefined): boolean {
  return match.pattern.code === '171' && isSeizedByName(tokens, match, target) && target?.members.length === 1 && target.members[0]?.code?.length === 3;
}

// People as CAMEO codes them: officials, forces, crowds, armed men, clergy, journalists and medics (not firms, whose ships and goods are property).
const PEOPLE_ROLES: ReadonlySet<string> = new Set([...STATE_SIDE_ROLES, ...CROWD_ROLES, ...IRREGULAR_ROLES, 'REL', 'MED', 'HLH', 'CRM']);

/** "Soldiers seized the governor at night": a person seized is arrested or abducted (173), not property confiscated (171). */
function isPersonSeized(tokens: readonly Token[], match: TriggerMatch, target: ActorGroup | undefined): boolean {
  return match.pattern.code === '171' && isSeizedByName(tokens, match, target) && target?.members.every((member) => PEOPLE_ROLES.has(member.code?.slice(3, 6) ?? '')) === true;
}

/** The seized actor is the verb's object itself ("seized the governor"), not the owner of a thing ("seized the governor's car"). */
function isSeizedByName(tokens: readonly Token[], match: TriggerMatch, target: ActorGroup | undefined): boolean {
  const next = tokens[(target?.last ?? -2) + 1];
  const isHead = next === undefined || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'PART');
  // "seized the regional governor", "seized two officials": articles, numbers and adjectives before the name.
  let first = match.lastWord + 1;
  while (first < (target?.first ?? first) && ['DET', 'ADJ', 'NUM'].includes(tokens[first]?.pos ?? '')) first++;
  return target !== undefined && target.first === first && isHead;
}

/** What was taken decides a taking's code: ground or a place named bare is occupied (192), a person arrested (173). */
export function takenCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  if (isTerritorySeized(tokens, match, target) || isGroundTaken(tokens, match, source)) return '192';
  return isPersonSeized(tokens, match, target) ? '173' : undefined;
}
