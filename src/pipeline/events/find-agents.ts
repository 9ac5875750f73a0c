import type { Token } from '../../model/token.ts';
import { withCountry, type ActorGroup, NOUN_MODIFIER_TAGS } from './actor-groups.ts';
import { decisionTo } from './has-other-predicate.ts';
import { groupAfter } from './group-after.ts';
import { STATE_SIDE_ROLES } from './agent-roles.ts';
import { HELD_BY } from './countryless-agents.ts';
import { isGluingHyphen } from './hyphen-glue.ts';
import { REPORTING_VERBS } from './clause-shape.ts';

// The actors an event's slots take from cue words around its trigger: "by" agents, "against" targets, attackers named in
// an attack noun, and groups with no country that head a noun phrase.

/**
 * "killed in an Israeli strike", "died in the army's crackdown", "killed in an ambush by Taliban fighters", "died in a
 * firefight with Pakistani troops": who acts in the attack noun of an "in" or "during" phrase right after the trigger.
 */
export function attackerInNoun(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, from: number): ActorGroup | undefined {
  if (!NOUN_EVENT_PLACES.has(tokens[from + 1]?.lemma ?? '')) return undefined;
  let noun = from + 2;
  while (noun <= from + 7 && !isAttackNoun(tokens[noun], tokens[noun + 1])) {
    const pos = tokens[noun]?.pos ?? '';
    if (!['DET', 'ADJ', 'PROPN', 'NUM', 'PART', 'NOUN'].includes(pos)) return undefined;
    noun++;
  }
  if (!isAttackNoun(tokens[noun], tokens[noun + 1])) return undefined;
  const owner = attackNounOwner(tokens, groups, noun, from + 1);
  if (owner) return owner;
  const link = tokens[noun + 1]?.lemma ?? '';
  // "fighting with Pakistani troops": in fighting between two sides, the other side is who did it to the victims.
  if (link !== 'by' && !(link === 'with' && CLASH_NOUNS.has(tokens[noun]?.lemma ?? ''))) return undefined;
  return groupAfter(tokens, groups, noun + 1, 3, true) ?? countrylessAfter(tokens, countryless, noun + 1);
}

/**
 * "Russia's bombardment", "an Israeli raid", "a Russian drone strike" (a noun of means may stand between): the actor
 * owning an attack noun, named after `after`.
 */
export function attackNounOwner(tokens: readonly Token[], groups: readonly ActorGroup[], noun: number, after: number): ActorGroup | undefined {
  return possessiveOwner(tokens, groups, noun) ?? groups.find((group) => (group.last === noun - 1 || (group.last === noun - 2 && tokens[noun - 1]?.pos === 'NOUN')) && group.first > after);
}

const NOUN_EVENT_PLACES = new Set(['in', 'during']);
export const CLASH_NOUNS = new Set(['clash', 'fighting', 'battle', 'skirmish', 'firefight', 'gunfight', 'shootout', 'confrontation', 'encounter']);
const ATTACK_ONLY_NOUNS = new Set(['ambush', 'crackdown', 'bombardment', 'onslaught', 'incursion', 'massacre']);

/** An attack noun heading its phrase ("Israel's offensive in Gaza" is tagged an adjective, but nothing follows it as its noun). */
export function isAttackNoun(token: Token | undefined, next: Token | undefined): boolean {
  const lemma = token?.lemma ?? '';
  const isHead = token?.pos === 'NOUN' || (token?.pos === 'ADJ' && next?.pos !== 'NOUN' && next?.pos !== 'PROPN');
  return isHead && (EVENT_NOUNS.has(lemma) || CLASH_NOUNS.has(lemma) || ATTACK_ONLY_NOUNS.has(lemma));
}

/** "Russia's bombardment of Aleppo": the possessive owner of an attack noun is the attacker (of an "arrest", it is who was arrested). */
export function attackOwner(tokens: readonly Token[], groups: readonly ActorGroup[], noun: number): ActorGroup | undefined {
  return isAttackNoun(tokens[noun], tokens[noun + 1]) ? possessiveOwner(tokens, groups, noun) : undefined;
}

/** "Erdogan's visit to Iraq", "the Russian president's first trip abroad": the traveller named as a journey noun's possessor. */
export function journeyOwner(tokens: readonly Token[], groups: readonly ActorGroup[], noun: number): ActorGroup | undefined {
  return possessiveOwner(tokens, groups, noun);
}

/** "the Myanmar military's crackdown", "Russia's relentless bombardment": the owner of an event noun. */
export function possessiveOwner(tokens: readonly Token[], groups: readonly ActorGroup[], noun: number): ActorGroup | undefined {
  let mark = noun - 1;
  while (tokens[mark]?.pos === 'ADJ' && mark > noun - 3) mark--;
  if (tokens[mark]?.pos !== 'PART' || !tokens[mark]?.text.startsWith("'")) return undefined;
  return groups.find((group) => group.last === mark - 1);
}

/** "was ambushed by militants in North Sinai": the agent right after "by", named or a group with no country, whichever comes first. */
export function byAgent(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, lastWord: number): ActorGroup | undefined {
  const named = groupAfterWord(tokens, groups, lastWord, 'by');
  const unnamed = countrylessAfter(tokens, countryless, byWord(tokens, lastWord));
  if (!unnamed || (named && named.first < unnamed.first)) return named;
  // "detained by police in Istanbul": the state's own police or troops belong to the country of the place.
  const member = unnamed.members[0];
  const country = named?.members[0]?.code?.slice(0, 3);
  const role = member?.code?.slice(3) ?? '';
  if (member && named && country && STATE_SIDE_ROLES.has(role) && tokens[unnamed.last + 1]?.lemma === 'in' && named.first <= unnamed.last + 3) {
    return withCountry({ members: [member], first: unnamed.first, last: unnamed.last }, country);
  }
  return unnamed;
}

/** An actor, named or a group with no country, right after an "against" a few words on. */
export function againstWhom(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, from: number): ActorGroup | undefined {
  for (let index = from + 1; index <= from + 4; index++) {
    const token = tokens[index];
    if (!token || token.pos === 'VERB' || token.pos === 'PUNCT' || token.pos === 'SCONJ') return undefined;
    if (token.lemma !== 'against') continue;
    const unnamed = groupAfter(tokens, groups, index, 3, true) ? undefined : countrylessAfter(tokens, countryless, index);
    // "against the government of President Nicolas Maduro": whose government it is.
    return unnamed && tokens[unnamed.last + 1]?.lemma === 'of' ? groupAfter(tokens, groups, unnamed.last + 1, 4) ?? unnamed : unnamed ?? groupAfter(tokens, groups, index, 3, true);
  }
  return undefined;
}

/** Where "by" sits in the few words after the trigger ("was accused by rights groups"). */
function byWord(tokens: readonly Token[], from: number): number | undefined {
  for (let index = from + 1; index <= from + 3; index++) if (tokens[index]?.lemma === 'by') return index;
  return undefined;
}

/** Prepositions that aim a blow or a word at someone: "fired at", "cracked down on", "protested against". */
export const AIMED: ReadonlySet<string> = new Set(['at', 'on', 'against']);
// "at least 38 protesters", "more than 50 civilians": approximations count as quantifiers too.
const QUANTIFIERS = new Set(['of', 'hundreds', 'thousands', 'dozens', 'scores', 'tens', 'some', 'several', 'many', 'group', 'number', 'at', 'least', 'more', 'than', 'about', 'nearly', 'almost', 'around']);

/** "tens of thousands of": the lemmatiser gives "ten", "thousand", while the set holds the plurals as written. */
export function isQuantifier(token: Token | undefined): boolean {
  return QUANTIFIERS.has(token?.lemma ?? '') || QUANTIFIERS.has(token?.text.toLowerCase() ?? '');
}

export const RELATIVES = new Set(['who', 'that']);
export const EVENT_NOUNS = new Set(['strike', 'airstrike', 'attack', 'raid', 'bombing', 'blast', 'explosion', 'shelling', 'offensive', 'assault']);
const CLAUSE_OPENERS = new Set([',', 'and', 'but', 'after', 'when', 'as', 'while', 'that', 'where', 'before', 'since']);

/**
 * "Insurgents attacked…", "Hundreds of students protested…": a countryless agent is the subject only when it heads the
 * noun phrase opening the clause right before the verb (quantifiers and adjectives before it, adverbs or auxiliaries after).
 */
export function countrylessSubject(tokens: readonly Token[], groups: readonly ActorGroup[] | undefined, trigger: number, sentenceStart: number): ActorGroup | undefined {
  const nearest = groups?.findLast((candidate) => candidate.last < trigger);
  // "Protesters in Tbilisi burned…", "Troops in eastern Congo arrested…": the group before a place after "in".
  const placeAt = nearest ? placeOpener(tokens, nearest.first) : undefined;
  const group = nearest && placeAt !== undefined ? groups?.findLast((candidate) => candidate.last === placeAt - 1) ?? nearest : nearest;
  if (!group || !group.members.every((member) => member.isCountryless) || trigger - group.last > 8) return undefined;
  // "rebels who attacked N'Djamena": a relative pronoun right after the group makes it the subject wherever it stands.
  // "opposition members who marched", "rebel positions that fired": a group's people or places (HELD_BY), named by the
  // noun after it, head the relative clause too.
  const head = tokens[group.last + 1]?.pos === 'NOUN' && HELD_BY.has(tokens[group.last + 1]?.text.toLowerCase() ?? '') ? group.last + 1 : group.last;
  // "threw stones at riot police, who fired tear gas": a relative set off by a comma hangs from the group as well.
  const relative = tokens[head + 1]?.text === ',' && tokens[head + 2]?.lemma === 'who' ? head + 2 : head + 1;
  const isRelative = RELATIVES.has(tokens[relative]?.lemma ?? '');
  for (let index = isRelative ? relative + 1 : group.last + 1; index < trigger; index++) {
    const pos = tokens[index]?.pos;
    // "The president gave the order to expel": a verb and its noun of deciding lead into the trigger.
    const leadIn = pos === 'VERB' ? decisionTo(tokens, index + 1, trigger - 1) : undefined;
    if (leadIn !== undefined) {
      index = leadIn;
      continue;
    }
    // "Protesters in Tbilisi burned…": where the group is does not separate it from its verb.
    const place = tokens[index]?.lemma === 'in' ? groups?.find((candidate) => candidate.first > index && candidate.last < trigger && placeOpener(tokens, candidate.first) === index) : undefined;
    if (place) {
      index = place.last;
      continue;
    }
    const isRightAfter = index === group.last + 1 && !isRelative;
    // "Protesters in orange vests blocked…", "Gunmen on motorbikes seized…": what the group wears or rides says who they are, no clause.
    const modifierEnd = isRightAfter ? describingPhraseEnd(tokens, groups, index, trigger) ?? participleAsideEnd(tokens, groups, index, trigger) : undefined;
    if (modifierEnd !== undefined) index = modifierEnd;
    // "The opposition candidate was detained": the agent word modifies the head noun right after it.
    else if (isRightAfter && pos === 'NOUN' && tokens[index + 1]?.pos !== 'NOUN') continue;
    else if (pos !== 'ADV' && pos !== 'AUX' && pos !== 'PART') return undefined;
  }
  if (isRelative) return group;
  let start = group.first - 1;
  // "Hundreds of students", "Security forces": quantifiers, modifiers and a noun compounded with the agent.
  while (start >= sentenceStart && (isQuantifier(tokens[start]) || NOUN_MODIFIER_TAGS.has(tokens[start]?.pos ?? '') || (start >= group.first - 2 && ['NOUN', 'PROPN'].includes(tokens[start]?.pos ?? '')) || isOpeningParticiple(tokens, start, sentenceStart))) start--;
  // "Rebels said they had killed…": a speaker's pronoun opens its reported clause, with or without "that".
  const isSpeakerPronoun = group.members.every((member) => member.isSpeakerPronoun === true);
  // "Witnesses said troops fired on the crowd": a reported clause with no "that" opens right after the verb of saying.
  const isReportedClause = tokens[start]?.pos === 'VERB' && REPORTING_VERBS.has(tokens[start]?.lemma ?? '');
  return start < sentenceStart || CLAUSE_OPENERS.has(tokens[start]?.lemma ?? '') || isSpeakerPronoun || isReportedClause ? group : undefined;
}

/** Where the "in" of "in (the) (northern) PLACE" stands, for a place group starting at `first`. */
export function placeOpener(tokens: readonly Token[], first: number): number | undefined {
  let index = first - 1;
  while (index >= first - 3 && (tokens[index]?.pos === 'ADJ' || tokens[index]?.pos === 'DET')) index--;
  return tokens[index]?.lemma === 'in' ? index : undefined;
}

const DESCRIBING = new Set(['in', 'on', 'with', 'wearing', 'carrying', 'wielding', 'armed', 'backed', 'supported', 'escorted']);

/**
 * The last word of a short phrase after a group that describes its members ("in yellow vests", "on motorcycles", "armed
 * with machetes", "backed by tanks"): a preposition or participle of dress or arms and nouns with no actor, verb or comma,
 * right before the verb. Backed by an actor ("backed by Rwanda") is subjectBeforeBacker's.
 */
function describingPhraseEnd(tokens: readonly Token[], groups: readonly ActorGroup[] | undefined, first: number, trigger: number): number | undefined {
  if (!DESCRIBING.has(tokens[first]?.lemma ?? '') && !DESCRIBING.has(tokens[first]?.text.toLowerCase() ?? '')) return undefined;
  if (trigger - first > 5 || groups?.some((group) => group.first > first && group.first < trigger)) return undefined;
  let index = first + 1;
  if (tokens[index]?.lemma === 'with' || tokens[index]?.lemma === 'by') index++;
  for (; index < trigger; index++) if (!['DET', 'ADJ', 'NUM', 'NOUN', 'CCONJ'].includes(tokens[index]?.pos ?? '')) return undefined;
  return tokens[trigger - 1]?.pos === 'NOUN' ? trigger - 1 : undefined;
}

/** "Thousands of protesters, waving flags, marched…": the closing comma of a participle aside after the group, with no actor in it. */
function participleAsideEnd(tokens: readonly Token[], groups: readonly ActorGroup[] | undefined, comma: number, trigger: number): number | undefined {
  const opener = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || opener?.pos !== 'VERB' || !/(?:ing|ed)$/.test(opener.text)) return undefined;
  for (let index = comma + 2; index < trigger && index <= comma + 8; index++) {
    if (tokens[index]?.text !== ',') continue;
    return index === trigger - 1 && !groups?.some((group) => group.first > comma && group.last < index) ? index : undefined;
  }
  return undefined;
}

/** "Suspected jihadists massacred…", "…, and armed men stormed…": a participle opening the clause modifies the group after it. */
function isOpeningParticiple(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  const token = tokens[index];
  return token?.pos === 'VERB' && token.text.endsWith('ed') && (index === sentenceStart || CLAUSE_OPENERS.has(tokens[index - 1]?.lemma ?? ''));
}

/** "clashed with rebels", "detained dozens of protesters": a countryless agent heading the noun phrase right after `from`. */
export function countrylessAfter(tokens: readonly Token[], groups: readonly ActorGroup[] | undefined, from: number | undefined): ActorGroup | undefined {
  if (from === undefined) return undefined;
  // "fired tear gas at opposition protesters": the preposition that leads to who was hit.
  if (AIMED.has(tokens[from + 1]?.lemma ?? '')) return countrylessAfter(tokens, groups, from + 1);
  const group = groups?.find((candidate) => candidate.first > from);
  if (!group || !group.members.every((member) => member.isCountryless)) return undefined;
  // "boarded a Panama-flagged tanker's crew": a word of parts joined by hyphens counts once (each hyphen joins two words).
  let hyphens = 0;
  for (let index = from + 1; index < group.first; index++) if (isGluingHyphen(tokens, index)) hyphens++;
  if (group.first - from - 2 * hyphens > 5) return undefined;
  for (let index = from + 1; index < group.first; index++) {
    const token = tokens[index];
    // "dozens of Kashmiri separatists": an uncoded name before the noun is a modifier.
    const isCompound = index === group.first - 1 && token?.pos === 'NOUN';
    // "12 suspected militants": a participle before the noun modifies it.
    const isParticiple = token?.pos === 'VERB' && token.text.endsWith('ed') && index > from + 1;
    // "clashed with supporters of the opposition": the group's people.
    const isHeldBy = token?.pos === 'NOUN' && HELD_BY.has(token.text.toLowerCase()) && tokens[index + 1]?.lemma === 'of';
    // "shot dead several strikers": the verb's result word, whatever its tag, before the object.
    const isResult = index === from + 1 && token?.lemma === 'dead';
    if (!token || !(QUANTIFIERS.has(token.text.toLowerCase()) || ['DET', 'ADJ', 'NUM', 'PROPN'].includes(token.pos) || isCompound || isParticiple || isHeldBy || isResult || isInHyphenedWord(tokens, index))) return undefined;
  }
  const next = tokens[group.last + 1];
  const isHead = !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN') || HELD_BY.has(next.lemma) || HELD_BY.has(next.text.toLowerCase());
  return isHead ? group : undefined;
}

/** "stone-throwing protesters": the parts of a hyphened modifier (written with no spaces) before the noun. */
function isInHyphenedWord(tokens: readonly Token[], index: number): boolean {
  return isGluingHyphen(tokens, index) || isGluingHyphen(tokens, index + 1) || isGluingHyphen(tokens, index - 1);
}

export function groupAfterWord(tokens: readonly Token[], groups: readonly ActorGroup[], from: number, word: string): ActorGroup | undefined {
  for (let index = from + 1; index <= from + 6; index++) {
    const token = tokens[index];
    if (!token) return undefined;
    if (token.lemma === word) return groupAfter(tokens, groups, index, 3);
  }
  return undefined;
}

/** Who made a demand or call named in a pattern's words, and of whom: "a demand by Moscow that Kyiv withdraw", "a call by the UN for Israel to". */
export interface MadeDemand {
  readonly code: string;
  readonly maker: ActorGroup;
  readonly addressee: ActorGroup;
}

/** Nouns of asking and demanding, with the code of the act they name. */
export const DEMAND_NOUN_CODES: ReadonlyMap<string, string> = new Map([['demand', '100'], ['ultimatum', '100'], ['call', '020'], ['appeal', '020'], ['request', '020'], ['plea', '020']]);

/** A demand noun among `words` followed by "by X that Y" or "by X for Y to": X's demand of Y, an act of its own. */
export function madeDemand(tokens: readonly Token[], groups: readonly ActorGroup[], words: readonly number[]): MadeDemand | undefined {
  for (const word of words) {
    const code = DEMAND_NOUN_CODES.get(tokens[word]?.lemma ?? '');
    if (!code || tokens[word + 1]?.lemma !== 'by') continue;
    const maker = groupAfter(tokens, groups, word + 1, 3, true);
    const link = maker ? tokens[maker.last + 1]?.lemma : undefined;
    if (!maker || (link !== 'that' && link !== 'for')) return undefined;
    const addressee = groupAfter(tokens, groups, maker.last + 1, 3, true);
    // "a call by the UN for Israel to withdraw": "for" names the addressee only when an infinitive follows it.
    if (!addressee || (link === 'for' && tokens[addressee.last + 1]?.lemma !== 'to')) return undefined;
    return { code, maker, addressee };
  }
  return undefined;
}
