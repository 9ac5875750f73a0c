import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { isEachOther } from './clause-shape.ts';
import type { ActorMention } from './find-actor-mentions.ts';

const SIDES = new Set(['side', 'sides', 'leader', 'leaders', 'country', 'countries', 'government', 'governments', 'president', 'presidents', 'minister', 'ministers', 'delegation', 'delegations', 'nation', 'nations', 'man', 'men', 'neighbour', 'neighbours', 'neighbor', 'neighbors']);
// Intents, consultations, agreements and material cooperation (CAMEO 03, 04, 050, 057, 06) the pair states together are
// towards each other: "the two agreed to meet again". Praise, recognition or apology (051–056) have an object of their own.
const JOINT_ROOTS = new Set(['03', '04', '06']);
const JOINT_CODES = new Set(['050', '057']);
const REACH = 5;
// "Lima and Quito both agreed": a "both" after its own subject is no subject itself.
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "Lula met Ramaphosa in Brasilia on Friday, and the two leaders pledged to expand trade", "Peru hosted Chile's foreign
 * minister, and both governments agreed…", "…, but each side blamed the other": "the two sides" as a clause's subject
 * are the two actors of the act before it in the sentence; "two ministers" with no article may be any two.
 */
export function twoSidesSubject(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number, lastSubject: ActorGroup | undefined, lastTarget: ActorGroup | undefined): ActorGroup | undefined {
  // "Ghana and Togo held talks, and the two leaders agreed…": a compound subject is the pair itself.
  const last = lastSubject ? (lastTarget && lastTarget.first > lastSubject.last ? [...lastSubject.members, ...lastTarget.members] : lastSubject.members) : [];
  const lastPair = last.length === 2 && isCodedApart(last) ? last : undefined;
  const end = lastPair ? Math.max(lastSubject?.last ?? -1, lastTarget?.last ?? -1) : sentenceStart - 1;
  for (let index = trigger - 1; index >= Math.max(sentenceStart, trigger - REACH); index--) {
    const token = tokens[index] as Token;
    // The group stands where "the two sides" are written, so what is read between it and the verb is its own.
    const count = isPairCount(tokens, index - 1);
    if (SIDES.has(token.lemma) && count !== undefined && count > end) return pairAt(lastPair, groups, trigger, count, index);
    // "…, but each blamed the other for the delay": "each" alone as the subject is the pair too.
    if (token.lemma === 'each' && index > end && isEachOther(tokens, trigger + 1)) return pairAt(lastPair, groups, trigger, index, index);
    // "…, and the two agreed to meet again", "…, with both vowing to…": the count alone as the subject is the pair too.
    const bare = isPairCount(tokens, index);
    if (bare !== undefined && bare > end && (token.lemma === 'two' || !SUBJECT_TAGS.has(tokens[index - 1]?.pos ?? '')) && !isPairCountedBetween(tokens, end, bare)) return pairAt(lastPair, groups, trigger, bare, index);
    if (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'ADJ' && token.pos !== 'NUM') return undefined;
  }
  return undefined;
}

/**
 * The pair written from `first` to `last`: the last act's pair, else (only now that a count was found, as most triggers
 * have none) the two sides named before. "X was received in Lima by his Peruvian counterpart, and both men vowed…": a
 * passive's pair is not its subject and target.
 */
function pairAt(lastPair: readonly ActorMention[] | undefined, groups: readonly ActorGroup[], trigger: number, first: number, last: number): ActorGroup | undefined {
  const members = lastPair ?? pairNamedBefore(groups, trigger);
  return members.length === 2 && (lastPair !== undefined || isCodedApart(members)) ? { members, first, last } : undefined;
}

/**
 * "Modi became the first Indian leader to tour Ukraine, shaking hands with Zelensky in Kyiv, where the two agreed…": with
 * no act coded before, the pair is the two sides named before the count, each by its most specific mention (the leader
 * rather than the country): states, or a body such as the EU ("the EU and China… the two sides agreed"). Undefined unless
 * exactly two are named, in two phrases.
 */
function pairNamedBefore(groups: readonly ActorGroup[], trigger: number): readonly ActorMention[] {
  const byCountry = new Map<string, ActorMention>();
  const groupOf = new Map<string, ActorGroup>();
  for (const group of groups) {
    if (group.last >= trigger) break;
    for (const member of group.members) {
      const country = member.code?.slice(0, 3);
      if (!country || !/^[A-Z]{3}$/.test(country)) continue;
      const known = byCountry.get(country);
      if (known && (member.code?.length ?? 0) <= (known.code?.length ?? 0)) continue;
      byCountry.set(country, member);
      groupOf.set(country, group);
    }
  }
  // "Spain and Portugal were hit by a blackout, and the two governments promised an inquiry": two states named together
  // as one phrase were not met with each other, so nothing the count says is towards each other.
  return byCountry.size === 2 && new Set(groupOf.values()).size === 2 ? [...byCountry.values()] : [];
}

/** Whether an act of `code` done by the pair is done by each towards the other, when it names no one else. */
export function isJointIntent(code: string): boolean {
  return JOINT_ROOTS.has(code.slice(0, 2)) || JOINT_CODES.has(code.slice(0, 3));
}

/** "…arrested two suspects, and both were charged": a pair counted after the actors may be what a bare "both" means. */
function isPairCountedBetween(tokens: readonly Token[], end: number, count: number): boolean {
  for (let index = end + 1; index < count; index++) if (tokens[index]?.lemma === 'two' || tokens[index]?.text === '2') return true;
  return false;
}

/** Where "both" or "the two" before `at` begins, or undefined. */
function isPairCount(tokens: readonly Token[], at: number): number | undefined {
  // "each side blamed the other": a distributive count names the pair as "both" does.
  if (tokens[at]?.lemma === 'both' || tokens[at]?.lemma === 'each') return at;
  return tokens[at]?.lemma === 'two' && tokens[at - 1]?.lemma === 'the' ? at - 1 : undefined;
}

function isCodedApart(members: readonly ActorMention[]): boolean {
  const countries = members.map((member) => member.code?.slice(0, 3));
  return countries.every((code) => code !== undefined && /^[A-Z]{3}$/.test(code)) && new Set(countries).size === countries.length;
}
