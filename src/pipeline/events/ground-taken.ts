import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { objectHead } from './object-head.ts';

const TAKING_VERBS = new Set(['capture', 'seize']);

const TERRITORY = new Set(['town', 'city', 'village', 'strip', 'coastline', 'coast', 'territory', 'area', 'district', 'region', 'province', 'hill', 'ridge', 'base', 'airport', 'airfield', 'port', 'stronghold', 'enclave', 'island', 'crossing', 'outpost', 'capital', 'headquarters', 'garrison']);

/**
 * "the army captured a hilltop garrison held by the insurgents": ground taken is occupied (192), not people arrested
 * (173). Police hold no ground: "officers seized the offices of a trade union" is property seized (171), so a taking
 * by police alone stays with its row.
 */
export function isGroundTaken(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined): boolean {
  if (match.pattern.code !== '173' && match.pattern.code !== '171') return false;
  if (!TAKING_VERBS.has(tokens[match.trigger]?.lemma ?? '') || !TERRITORY.has(objectHead(tokens, match.lastWord) ?? '')) return false;
  return !(source !== undefined && source.members.length > 0 && source.members.every((member) => member.code?.endsWith('COP') === true));
}
