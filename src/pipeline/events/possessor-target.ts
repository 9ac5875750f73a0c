import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { isStateCountry } from './agent-roles.ts';
import { REPORTING_VERBS } from './clause-shape.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { reportingSpeaker } from './reporting-speaker.ts';

const POSSESSIVES = new Set(['its', 'their']);
/** What a state's forces hold: hit, they make the state's military the target. */
const FORCE_HOLDINGS = new Set(['position', 'positions', 'troops', 'soldiers', 'forces', 'base', 'bases', 'post', 'posts', 'outpost', 'outposts', 'army', 'troop', 'soldier', 'patrol', 'patrols', 'guards', 'units']);
/** Verbs whose subject a report's "its" stands for: the side that speaks or accuses. */
const CLAIMING_VERBS = new Set([...REPORTING_VERBS, 'accuse', 'blame', 'charge', 'allege', 'complain']);
const HEAD_GAP = 3;

/**
 * "The Azeri defence ministry said Armenian troops had fired on its positions": an attack on "its" or "their" forces,
 * with no one else named, is on the military of whoever reports it (AZEMIL).
 */
export function possessorTarget(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch, sentenceStart: number, source: ActorGroup): ActorGroup | undefined {
  const at = (match.preposition ?? match.lastWord) + 1;
  if (!POSSESSIVES.has(tokens[at]?.lemma ?? '') || !hasForceHolding(tokens, at + 1)) return undefined;
  const speaker = reportingSpeaker(tokens, groups, match.trigger, sentenceStart, CLAIMING_VERBS);
  if (!speaker || speaker === source || speaker.members.some((member) => source.members.some((from) => from.code?.slice(0, 3) === member.code?.slice(0, 3)))) return undefined;
  return { ...speaker, members: speaker.members.map((member) => (member.code && isStateCountry(member.code.slice(0, 3)) ? { ...member, code: `${member.code.slice(0, 3)}MIL` } : member)) };
}

/** "its positions", "their border posts": a force holding heads the words after the possessive. */
function hasForceHolding(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < from + HEAD_GAP; index++) {
    const token = tokens[index];
    if (!token) return false;
    if (FORCE_HOLDINGS.has(token.text.toLowerCase())) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return false;
  }
  return false;
}
