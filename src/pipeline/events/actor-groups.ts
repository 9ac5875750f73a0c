import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { isInPlaceOfAttack } from './place-of-attack.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { isBareCountry } from './agent-roles.ts';
import { hasOtherPredicate, isAllied } from './has-other-predicate.ts';

/**
 * Actors joined by "and", commas or "or" ("Norway and Chile", "Peru, Chile and Bolivia"): one grammatical slot. Always
 * written `{ members, first, last }`, in that order, so every group has one hidden class.
 */
export interface ActorGroup {
  readonly members: readonly ActorMention[];
  readonly first: number;
  readonly last: number;
}

const LINKS = new Set([',', 'and', 'or', 'the', 'both', 'as', 'well', '&', 'nor', 'neither', 'either']);
const CLAUSE_BREAKS = new Set([';', ':', '"', '“', '”']);
// "two Russians and a Ukrainian": an article after the link still joins.
const ARTICLES = new Set(['a', 'an']);
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'although', 'though', 'whereas', 'unless']);

/** Joins adjacent mentions into groups, left to right. */
export function groupMentions(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorGroup[] {
  const groups: ActorGroup[] = [];
  let current: ActorMention[] = [];
  for (const mention of mentions) {
    const previous = current[current.length - 1];
    if (previous && isParentheticalAlias(tokens, previous, mention)) continue;
    // The named group's slot reaches over its helpers, so that no word between it and its verb reads as another predicate.
    if (previous && isAlliedHelpers(tokens, previous, mention)) {
      current[current.length - 1] = actorMention({ ...previous, last: mention.last });
      continue;
    }
    // "Mary Achieng, Kenya's foreign minister, met…": an appositive names the same actor again, not a second one.
    if (previous && isAppositiveAlias(tokens, previous, mention)) {
      if ((previous.code === undefined && mention.code !== undefined) || isEliteOf(previous, mention) || (isUnplaced(previous) && !isUnplaced(mention))) current[current.length - 1] = mention;
      continue;
    }
    // One name standing for several actors ("The Shire" as FRO/BIL/SAM) is one member each in the same slot.
    if (previous && previous.first === mention.first && previous.last === mention.last) {
      current.push(mention);
      continue;
    }
    // "According to Georgian officials, Russian troops…": the source of a report is not in the sentence's subject.
    if (previous && isLinkOnly(tokens, previous.last + 1, mention.first - 1) && !isAccordingTo(tokens, previous.first) && !isReportingSource(tokens, previous.last, mention) && !opensNewClause(tokens, current, mention)) {
      current.push(mention);
      continue;
    }
    if (current.length > 0) groups.push(toGroup(current));
    current = [mention];
  }
  if (current.length > 0) groups.push(toGroup(current));
  return groups;
}

/**
 * "Boko Haram and allied gunmen attacked…", "the army and affiliated militias": unnamed fighters said to be allied to a
 * named group act as that group's auxiliaries, so the named group alone holds the slot; left in, the unnamed ones (of
 * no country) would stand nearest the verb and be placed wherever the sentence happens.
 */
function isAlliedHelpers(tokens: readonly Token[], previous: ActorMention, mention: ActorMention): boolean {
  if (mention.isCountryless !== true || previous.code === undefined || previous.isCountryless === true) return false;
  const gap = tokens.slice(previous.last + 1, mention.first);
  // "and allied Arab militias": a people's name or adjective may stand between the participle and the fighters.
  return gap[0]?.lemma === 'and' && isAllied(gap[1]) && gap.slice(2).every((token) => token.pos === 'ADJ' || token.pos === 'PROPN');
}

const REPORTING = new Set(['say', 'tell', 'report', 'add', 'confirm', 'claim', 'allege', 'announce', 'state']);

/** "fired missiles at Tel Aviv and Haifa, Israeli officials said": after a comma, the speaker of the report is not one of the list. */
function isReportingSource(tokens: readonly Token[], previousLast: number, mention: ActorMention): boolean {
  const next = tokens[mention.last + 1];
  return tokens[previousLast + 1]?.text === ',' && next?.pos === 'VERB' && REPORTING.has(next.lemma);
}

/** "struck targets in Pakistan, and Islamabad vowed to respond": after ", and" a name with its own verb opens a clause, when the list so far was a place or a verb's object. */
function opensNewClause(tokens: readonly Token[], current: readonly ActorMention[], mention: ActorMention): boolean {
  const first = current[0];
  if (first === undefined) return false;
  // "over the death of a man, and police fired…": the list's article and modifiers stand between it and its preposition.
  let before = first.first - 1;
  while (NOUN_MODIFIER_TAGS.has(tokens[before]?.pos ?? '')) before--;
  // "expelled the French ambassador, and the country's minister accused…": after a verb's object too.
  // "…, and Quito later recalled…": an adverb may stand before the new clause's verb.
  // "…, and Britain and France answered…": the new clause's subject may itself be a pair.
  let verb = mention.last + 1;
  if (tokens[verb]?.lemma === 'and') while (verb <= mention.last + 5 && tokens[verb]?.pos !== 'VERB' && tokens[verb]?.text !== ',') verb++;
  if (tokens[verb]?.pos === 'ADV') verb++;
  return (tokens[before]?.pos === 'ADP' || tokens[before]?.pos === 'VERB') && isAfterCommaAnd(tokens, mention.first) && tokens[verb]?.pos === 'VERB';
}

/** ", and Quito", ", and the United States": a name right after a comma and a link word (an article between). */
function isAfterCommaAnd(tokens: readonly Token[], first: number): boolean {
  const link = tokens[first - 1]?.pos === 'DET' ? first - 2 : first - 1;
  return tokens[link - 1]?.text === ',' && tokens[link]?.pos === 'CCONJ';
}

function isAccordingTo(tokens: readonly Token[], first: number): boolean {
  let index = first - 1;
  while (tokens[index]?.pos === 'DET' || tokens[index]?.pos === 'ADJ') index--;
  return tokens[index]?.lemma === 'to' && tokens[index - 1]?.text.toLowerCase() === 'according';
}

function toGroup(members: readonly ActorMention[]): ActorGroup {
  return { members, first: members[0]?.first ?? 0, last: members[members.length - 1]?.last ?? 0 };
}

/** "Peru and the long troubled Bolivia": links, articles and adjectives only, with at least one link word. */
function isLinkOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (endsOpeningPhrase(tokens, from, to)) return false;
  if (to < from || to - from > 6) return false;
  let hasLink = false;
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    if (!token) return false;
    // "fled to India as protesters stormed…": a lone "as" opens a clause; only "as well as" joins.
    if (token.lemma === 'as' && tokens[index + 1]?.lemma !== 'well' && tokens[index - 1]?.lemma !== 'well') return false;
    if (LINKS.has(token.lemma) || ARTICLES.has(token.lemma)) hasLink ||= LINKS.has(token.lemma) && token.lemma !== 'the';
    // "Kibaki and opposition leader Odinga", "the government and the former rebel movement Renamo": a lower-case
    // description right before the next name says who that one is; it ends the gap.
    else if (hasLink && isDescriptionUpTo(tokens, index, to)) return true;
    else if (to - from > 4) return false;
    // "Mirziyoyev and his Kyrgyz counterpart Atambayev": the peer named after a possessive is one more of the list.
    else if (token.pos !== 'ADJ' && !POSSESSIVES.has(token.lemma) && token.lemma !== 'counterpart' && !isPeopleBeforeNext(tokens, index, from, to)) return false;
  }
  return hasLink;
}

/**
 * "the junta and the Karen rebels", "the army or Shan militias": a people's name right before the next actor says whose
 * that actor is, when the gap joins with "and"/"or" and articles only; after a comma it opens an aside (", the second
 * Pacific island nation to do so").
 */
function isPeopleBeforeNext(tokens: readonly Token[], index: number, from: number, to: number): boolean {
  if (index !== to || tokens[index]?.pos !== 'PROPN') return false;
  const words = tokens.slice(from, to).map((token) => token.lemma);
  return (words[0] === 'and' || words[0] === 'or') && words.slice(1).every((word) => word === 'the' || ARTICLES.has(word));
}

// Heads of a political description; sport and business pages name coaches, trainers and executives the same way.
const POLITICAL_HEADS = new Set(['leader', 'movement', 'group', 'party', 'militia', 'coalition', 'alliance', 'faction']);

/** Lower-case nouns and adjectives from `from` to `to`, ending in a political head ("former rebel movement", "opposition leader"). */
function isDescriptionUpTo(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to]?.pos !== 'NOUN' || !POLITICAL_HEADS.has(tokens[to]?.lemma ?? '')) return false;
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    if (!token || (token.pos !== 'NOUN' && token.pos !== 'ADJ') || !/^\p{Ll}/u.test(token.text)) return false;
  }
  return true;
}

const PHRASE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'following', 'despite', 'during', 'in', 'at', 'on', 'as', 'having']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** "After meeting Zelensky, Scholz promised…", "In Paris, Macron said…": the comma at `from` closes an opening phrase, it lists no one. */
function endsOpeningPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.text !== ',') return false;
  for (let index = from + 1; index <= to; index++) if (tokens[index]?.pos !== 'DET' && tokens[index]?.pos !== 'ADJ') return false;
  let index = from - 1;
  while (index >= 0 && tokens[index]?.text !== ',' && !SENTENCE_ENDS.has(tokens[index]?.text ?? '')) index--;
  const opener = tokens[index + 1];
  // "Speaking after talks in Beijing, Macron…": a participle opens such a phrase too.
  const isOpener = PHRASE_OPENERS.has(opener?.text.toLowerCase() ?? '') || (opener?.pos === 'VERB' && opener.text.endsWith('ing'));
  return (index < 0 || SENTENCE_ENDS.has(tokens[index]?.text ?? '')) && isOpener;
}

/** "the European Union (EU)": an acronym in brackets right after a name repeats it. */
function isParentheticalAlias(tokens: readonly Token[], previous: ActorMention, mention: ActorMention): boolean {
  return mention.first === previous.last + 2 && tokens[previous.last + 1]?.text === '(' && tokens[mention.last + 1]?.text === ')';
}

/** Between two commas right after an actor, one with its code or no code of its own: the same actor named twice. */
function isAppositiveAlias(tokens: readonly Token[], previous: ActorMention, mention: ActorMention): boolean {
  if (isNamedSpokesman(tokens, previous, mention)) return true;
  // "Radovan Karadzic, the former Bosnian Serb political leader,": an article and adjectives may open the appositive;
  // after a place opened by a preposition ("In Berlin, German Chancellor Merkel criticised…") a new clause starts instead.
  const isAfterPlacePhrase = tokens[previous.first - 1]?.pos === 'ADP';
  let opening = previous.last + 2;
  if (tokens[opening]?.pos === 'DET') opening++;
  while (!isAfterPlacePhrase && opening < mention.first && tokens[opening]?.pos === 'ADJ') opening++;
  // "…, the former leader wanted by the tribunal, …": a participle and its preposition may close the appositive; a verb
  // with an object ("…, the Russian minister accused Kyiv of…") is the clause's own predicate.
  const after = tokens[mention.last + 1];
  const isClosedByParticiple = !isAfterPlacePhrase && after?.pos === 'VERB' && after.text.endsWith('ed') && tokens[mention.last + 2]?.pos === 'ADP';
  const isClosed = after?.text === ',' || isClosedByParticiple;
  if (tokens[previous.last + 1]?.text !== ',' || mention.first !== opening || !isClosed) return false;
  return previous.code === mention.code || previous.code === undefined || mention.code === undefined || isEliteOf(previous, mention) || isEliteOf(mention, previous) || isUnplaced(previous) !== isUnplaced(mention);
}

const OFFICE_NOUN_REACH = 3;

/** "Mugabe's spokesman, George Charamba,": a person no knowledge codes, named as a coded actor's man, speaks for that actor. */
function isNamedSpokesman(tokens: readonly Token[], owner: ActorMention, person: ActorMention): boolean {
  if (owner.code === undefined || person.code !== undefined || person.isPerson !== true || !POSSESSIVE_MARKS.has(tokens[owner.last + 1]?.text ?? '')) return false;
  const comma = person.first - 1;
  if (tokens[comma]?.text !== ',' || tokens[person.last + 1]?.text !== ',' || comma - owner.last - 2 < 1 || comma - owner.last - 2 > OFFICE_NOUN_REACH) return false;
  for (let index = owner.last + 2; index < comma; index++) if (tokens[index]?.pos !== 'NOUN' && tokens[index]?.pos !== 'ADJ') return false;
  return true;
}

/** "Mugabe's spokesman, George Charamba,": a person named with no country beside a coded description of the same person. */
function isUnplaced(mention: ActorMention): boolean {
  return mention.isUnplacedPerson === true || (mention.isPerson === true && mention.code?.startsWith('---') === true);
}

/** "Nepal's prime minister, Ram Thapa,": a name known only as its country's elite (NPLELI) beside its office (NPLGOV). */
function isEliteOf(elite: ActorMention, office: ActorMention): boolean {
  return elite.code?.length === 6 && elite.code.endsWith('ELI') && office.code?.length === 6 && office.code.slice(0, 3) === elite.code.slice(0, 3) && !office.code.endsWith('ELI');
}

/** The subject slot: the nearest group before the trigger in its clause that is not a prepositional object. */
export function groupBefore(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number): ActorGroup | undefined {
  let fallback: ActorGroup | undefined;
  let aside: readonly [number, number] | undefined;
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index];
    if (!group || group.last >= trigger) continue;
    // Right before an aside (skipped or with no actor in it), the words between are the aside's own.
    const from = aside && group.last === aside[0] - 1 ? aside[1] + 1 : (asideClose(tokens, group.last + 1, trigger) ?? group.last) + 1;
    if (hasClauseBreak(tokens, from, trigger - 1) || hasOtherPredicate(tokens, from, trigger - 1)) break;
    const closed = closedRelativeAside(tokens, group, trigger, sentenceStart);
    if (closed) {
      aside = closed;
      continue;
    }
    // "A bomb blast in the Pakistani province of Balochistan killed…", "a drone strike in western Yemen that killed…": a
    // name in the place phrase of an attack noun is where it happened, no subject either.
    if (group.first > sentenceStart && isInPlaceOfAttack(tokens, group.first, sentenceStart)) continue;
    if (isRelativeSubject(tokens, group.last, trigger)) return group;
    const before = tokens[group.first - 1];
    // "as the Chilean leader prepared to…": "as" opening a clause, not a preposition.
    const isPrepositional = group.first > sentenceStart && before?.pos === 'ADP' && before.lemma !== 'like' && before.lemma !== 'as';
    if (!isPrepositional) return group;
    // "Two bombs exploded in Istanbul, killing…": where it happened is nobody's subject.
    if (!LOCATIVE_PREPOSITIONS.has(before.lemma)) fallback ??= group;
  }
  return fallback && !tokensBetweenHaveVerb(tokens, (asideClose(tokens, fallback.last + 1, trigger) ?? fallback.last) + 1, trigger - 1) ? fallback : undefined;
}

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'that']);
export const ASIDE_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whose']);
// An aside may hold a clause of its own ("many of them waving photographs of hostages whose bodies were found in Gaza").
const ASIDE_CLOSE_REACH = 25;

/**
 * "Rutte, whose country chairs the OSCE this year, travelled to Baku to mediate…": an actor inside a relative clause set off
 * by commas, closed before the trigger, is no subject of the verbs after it.
 */
function closedRelativeAside(tokens: readonly Token[], group: ActorGroup, trigger: number, sentenceStart: number): readonly [number, number] | undefined {
  let close = group.last + 1;
  while (close < trigger && tokens[close]?.text !== ',') close++;
  if (close >= trigger) return undefined;
  for (let open = group.first - 1; open > sentenceStart && open >= group.first - ASIDE_CLOSE_REACH; open--) {
    if (tokens[open]?.text !== ',') continue;
    return isAsideOpener(tokens, open + 1) && open + 1 < group.first ? [open, close] : undefined;
  }
  return undefined;
}

const ASIDE_QUANTIFIERS = new Set(['many', 'some', 'most', 'all', 'several', 'few', 'one', 'both', 'none', 'dozens', 'hundreds', 'thousands']);

/** "who", "which", "whose", or "many of them", "some of whom": what opens an aside about the actor before its comma. */
function isAsideOpener(tokens: readonly Token[], at: number): boolean {
  if (ASIDE_RELATIVES.has(tokens[at]?.lemma ?? '')) return true;
  const pronoun = tokens[at + 2]?.lemma;
  return ASIDE_QUANTIFIERS.has(tokens[at]?.lemma ?? '') && tokens[at + 1]?.lemma === 'of' && (pronoun === 'them' || pronoun === 'whom' || pronoun === 'they');
}

/** The comma closing an aside opened by a comma at `at` ("…, many of them waving flags, rallied"), before `trigger`. */
function asideClose(tokens: readonly Token[], at: number, trigger: number): number | undefined {
  if (tokens[at]?.text !== ',' || !isAsideOpener(tokens, at + 1)) return undefined;
  for (let close = at + 2; close < trigger && close <= at + ASIDE_CLOSE_REACH; close++) if (tokens[close]?.text === ',') return close;
  return undefined;
}
/** Prepositions that say where something happened ("in Istanbul", "near the border"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside']);

/** "in solidarity with Bolivia, which had expelled…": a relative pronoun (auxiliaries, adverbs after) hands the verb to the actor before it. */
function isRelativeSubject(tokens: readonly Token[], actorEnd: number, trigger: number): boolean {
  let index = tokens[actorEnd + 1]?.text === ',' ? actorEnd + 2 : actorEnd + 1;
  if (!RELATIVE_PRONOUNS.has(tokens[index]?.lemma ?? '')) return false;
  for (index++; index < trigger; index++) if (tokens[index]?.pos !== 'AUX' && tokens[index]?.pos !== 'ADV' && tokens[index]?.pos !== 'PART') return false;
  return true;
}

/** What may stand before a noun inside its phrase, adverbs not counted. */
/** Tags of the words before a noun that describe it: "the two armed" men. */
export const NOUN_MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
/** "with his Indian counterpart": a possessive before the actor's title. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our']);

/** Punctuation that ends a clause, and subordinators ("after", "when", "because") that open a new one. */
export function hasClauseBreak(tokens: readonly Token[], from: number, to: number, isObject = false): boolean {
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (CLAUSE_BREAKS.has(token.text) || SUBORDINATORS.has(token.lemma) || (isObject && token.pos === 'SCONJ')) return true;
  }
  return false;
}

function tokensBetweenHaveVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (tokens[index]?.pos === 'VERB') return true;
  return false;
}

/** Every source member shares the country of every target member ("Sudanese" marching in Khartoum). */
export function isOwnCountry(source: ActorGroup, target: ActorGroup): boolean {
  return target.members.every((member) => isBareCountry(member.code) && source.members.some((from) => from.code?.slice(0, 3) === member.code));
}

/** A group whose members have no country ("police", `---COP`) found to be one state's: each such member takes it ("AFGCOP"). */
export function withCountry(group: ActorGroup, country: string): ActorGroup {
  const members = group.members.map((member) => (member.isCountryless && member.code?.startsWith('---') ? actorMention({ ...member, code: country + member.code.slice(3), country, isCountryless: false }) : member));
  return { members, first: group.first, last: group.last };
}

/** "freed three hostages": the pattern's own object word names a group with no country. */
export function countrylessInPattern(groups: readonly ActorGroup[] | undefined, words: readonly number[], trigger: number): ActorGroup | undefined {
  return groups?.find((group) => group.first > trigger && words.includes(group.last) && group.members.every((member) => member.isCountryless));
}

/**
 * The sentence's first group when only articles (and, `withAdjectives`, adjectives) stand before it: "The Dutch
 * government recalled…", "A senior Thai official said…" open with their actor as a bare name does.
 */
export function openingGroupOf(tokens: readonly Token[], groups: readonly ActorGroup[], sentenceStart: number, withAdjectives: boolean): ActorGroup | undefined {
  const first = groups[0];
  return first && tokens.slice(sentenceStart, first.first).every((token) => token.pos === 'DET' || (withAdjectives && token.pos === 'ADJ')) ? first : undefined;
}
