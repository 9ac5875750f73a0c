import { TITLE_HEADS } from '../../knowledge/actors/titles.ts';
import type { Token } from '../../model/token.ts';
import { PLURAL_POSSESSIVE_MARKS } from './possessive-marks.ts';
import { NOUN_MODIFIER_TAGS, type ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { CIVIL_GROUP_ROLES, CROWD_ROLES, IRREGULAR_ROLES, UNIFORMED_ROLES, isBareCountry, roleOf } from './agent-roles.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { objectHead } from './object-head.ts';

const TAKING_VERBS = new Set(['capture', 'seize']);

const TERRITORY = new Set(['town', 'city', 'village', 'strip', 'coastline', 'coast', 'territory', 'area', 'district', 'region', 'province', 'hill', 'ridge', 'base', 'airport', 'airfield', 'port', 'stronghold', 'enclave', 'island', 'crossing', 'outpost', 'capital', 'headquarters', 'garrison']);

// Words naming a share of what follows "of": a share of ground is ground.
const PORTIONS = new Set(['most', 'much', 'part', 'half', 'swathe', 'swath', 'bulk', 'rest', 'all']);
const PORTION_REACH = 3;

/** The head of what was taken, read past a share ("captured most of the eastern town", "seized large parts of the province"). */
function takenHead(tokens: readonly Token[], lastWord: number): string | undefined {
  for (let at = lastWord + 1; at <= lastWord + PORTION_REACH; at++) {
    const token = tokens[at];
    if (!token) break;
    if (PORTIONS.has(token.lemma.toLowerCase()) && tokens[at + 1]?.lemma === 'of') return objectHead(tokens, at + 1);
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'ADV') break;
  }
  return objectHead(tokens, lastWord);
}

/**
 * "the army captured a hilltop garrison held by the insurgents": ground taken is occupied (192), not people arrested
 * (173). Police hold no ground: "officers seized the offices of a trade union" is property seized (171), so a taking
 * by police alone stays with its row.
 */
function isGroundTaken(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined): boolean {
  if (match.pattern.code !== '173' && match.pattern.code !== '171') return false;
  if (!TAKING_VERBS.has(tokens[match.trigger]?.lemma ?? '') || !TERRITORY.has(takenHead(tokens, match.lastWord) ?? '')) return false;
  return !(source !== undefined && source.members.length > 0 && source.members.every((member) => member.code?.endsWith('COP') === true));
}

/**
 * "Syrian rebels seized Damascus": a place seized by its bare name is territory taken (192), not property (171). Bare
 * means right after the verb: in "seized 12 Somali nationals" the country only qualifies the people taken.
 */
function isTerritorySeized(tokens: readonly Token[], match: TriggerMatch, target: ActorGroup | undefined): boolean {
  return match.pattern.code === '171' && target?.first === match.lastWord + 1 && isSeizedByName(tokens, match, target) && target.members.length === 1 && isBareCountry(target.members[0]?.code);
}

/**
 * People taken: seized by name ("Soldiers seized the governor at night", "police seized two journalists") they are
 * arrested (173), not property confiscated (171); captured by armed men of no state ("Shabaab fighters captured three
 * Kenyan soldiers", "militants seized three policemen") they are hostages (181), as "rebels kidnapped" is coded.
 */
function personTakenCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  const isIrregular = isIrregularSide(source);
  const isTaken = match.pattern.code === '173' ? isIrregular && isCaptured(tokens, match, target) : isPersonSeized(tokens, match, target, isIrregular);
  if (!isTaken) return undefined;
  return isIrregular ? '181' : '173';
}

/**
 * A person seized (171): "seized the parliament", "seized the state broadcaster" stay property, as the head is no title
 * of a person.
 */
function isPersonSeized(tokens: readonly Token[], match: TriggerMatch, target: ActorGroup | undefined, isIrregular: boolean): boolean {
  if (match.pattern.code !== '171' || !isSeizedByName(tokens, match, target)) return false;
  // "guerrillas seized two soldiers", "seized 30 villagers": armed men of no state seize people named by their group too.
  const isPeople = (member: ActorMention): boolean => member.isPerson === true || TITLE_HEADS.has(tokens[member.last]?.lemma.toLowerCase() ?? '') || (isIrregular && SEIZED_GROUP_ROLES.has(roleOf(member.code)));
  return target?.members.every(isPeople) === true;
}

/** Groups of people, not things: forces, crowds and civil groups (the press, the faithful) a gunman can carry off. */
const SEIZED_GROUP_ROLES: ReadonlySet<string> = new Set([...UNIFORMED_ROLES, ...CROWD_ROLES, ...CIVIL_GROUP_ROLES]);

/** Whether every named member of a side is an armed man of no state (rebels, gunmen, insurgents). */
function isIrregularSide(side: ActorGroup | undefined): boolean {
  return side !== undefined && side.members.length > 0 && side.members.every((member) => IRREGULAR_ROLES.has(roleOf(member.code)));
}

/** The seized actor is the verb's object itself ("seized the governor"), not the owner of a thing ("seized the governor's car"). */
function isSeizedByName(tokens: readonly Token[], match: TriggerMatch, target: ActorGroup | undefined): boolean {
  const next = tokens[(target?.last ?? -2) + 1];
  // "seized the soldiers' rifles": a plural's bare apostrophe makes it an owner too.
  const isPluralOwner = PLURAL_POSSESSIVE_MARKS.has(next?.text ?? '') && tokens[(target?.last ?? -2) + 2]?.pos === 'NOUN';
  const isHead = next === undefined || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'PART' && !isPluralOwner);
  // "seized the regional governor", "seized two officials": articles, numbers and adjectives before the name.
  let first = match.lastWord + 1;
  while (first < (target?.first ?? first) && NOUN_MODIFIER_TAGS.has(tokens[first]?.pos ?? '')) first++;
  return target !== undefined && target.first === first && isHead;
}

/** People the arrest row takes ("captured three Kenyan soldiers"), an actor named right after a taking verb. */
function isCaptured(tokens: readonly Token[], match: TriggerMatch, target: ActorGroup | undefined): boolean {
  if (!match.pattern.isBuiltin || !TAKING_VERBS.has(tokens[match.trigger]?.lemma ?? '')) return false;
  // "took most of the border town": a country named bare is ground, not people; "captured the troops' weapons" took things.
  return target !== undefined && !target.members.some((member) => isBareCountry(member.code)) && isSeizedByName(tokens, match, target);
}

/** What was taken decides a taking's code: ground or a place named bare is occupied (192), a person arrested or held (173, 181). */
export function takenCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  if (isTerritorySeized(tokens, match, target) || isGroundTaken(tokens, match, source)) return '192';
  return personTakenCode(tokens, match, source, target);
}
