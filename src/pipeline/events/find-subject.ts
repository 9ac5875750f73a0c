import type { Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup, ASIDE_RELATIVES, NOUN_MODIFIER_TAGS } from './actor-groups.ts';
import { hasBreak, isPassiveAt } from './clause-shape.ts';
import { countrylessSubject, isQuantifier, placeOpener } from './find-agents.ts';
import { firstToActVerb } from './first-to-act.ts';
import { isBareCountry } from './agent-roles.ts';
import { hasObjectNear } from './object-near.ts';

/**
 * The trigger's subject: the actor before it in its clause, else an opening participle clause's subject, else a group
 * with no country; that group wins when it opens the clause after the actor ("in Lima, and the ministry summoned…").
 */
export function subjectOf(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, trigger: number, sentenceStart: number, isBuiltin: boolean): ActorGroup | undefined {
  // "Maduro responded by breaking off relations": a gerund after "by" is done by the subject of the verb it tells the means of.
  const explained = meansOf(tokens, trigger, sentenceStart);
  if (explained !== undefined) return subjectOf(tokens, groups, countryless, explained, sentenceStart, isBuiltin);
  // "Kenya's president, speaking after talks with Uganda, accused…": an aside between subject and verb holds no subject of it.
  const aside = subjectBeforeClauseAside(tokens, groups, trigger, sentenceStart);
  if (aside) return aside;
  const before = groupBefore(tokens, groups, trigger, sentenceStart);
  const unnamed = countrylessSubject(tokens, countryless, trigger, sentenceStart);
  if (unnamed && before && unnamed.first > before.last && (hasBreak(tokens, before.last, unnamed.first) || opensSubordinateClause(tokens, unnamed.first))) return unnamed;
  // "Troops in eastern Congo arrested…": the place the group is in is not the verb's subject.
  if (unnamed && before && unnamed.last === (placeOpener(tokens, before.first) ?? -2) - 1 && before.members.every((member) => isBareCountry(member.code))) return unnamed;
  // "Customs officers boarded a Panamanian freighter and detained…": a name right after the active verb the trigger is
  // joined to is that verb's object; the trigger shares its subject.
  const joinedVerb = before ? verbOfJoinedObject(tokens, before, trigger) : undefined;
  if (joinedVerb !== undefined) {
    const shared = subjectOf(tokens, groups, countryless, joinedVerb, sentenceStart, isBuiltin);
    return shared && shared.last < joinedVerb ? shared : undefined;
  }
  return before ?? subjectBeforeAside(tokens, groups, trigger, sentenceStart) ?? mainClauseSubject(tokens, groups, trigger, sentenceStart, isBuiltin) ?? unnamed ?? (isBuiltin ? trailingParticipleSubject(tokens, groups, trigger, sentenceStart) : undefined);
}

/**
 * "Sri Lanka ordered the UNICEF spokesman to leave, accusing him of…": a participle set off by a comma late in the
 * sentence is done by the sentence's subject, the actor that opens it before any verb.
 */
function trailingParticipleSubject(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number): ActorGroup | undefined {
  if (tokens[trigger - 1]?.text !== ',' || !tokens[trigger]?.text.endsWith('ing')) return undefined;
  const opening = groups[0];
  if (!opening || opening.first >= trigger || opening.members.every((member) => member.code === undefined)) return undefined;
  for (let index = sentenceStart; index < opening.first; index++) if (tokens[index]?.pos === 'VERB' || tokens[index]?.pos === 'ADP' || tokens[index]?.text === ',') return undefined;
  return opening;
}

/** "Northland's trade envoy, in an interview aired on Friday, urged…": a prepositional aside set off by commas between subject and verb. */
function subjectBeforeAside(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number): ActorGroup | undefined {
  let close = trigger - 1;
  while (tokens[close]?.pos === 'ADV' || tokens[close]?.pos === 'AUX') close--;
  if (tokens[close]?.text !== ',') return undefined;
  for (let open = close - 2; open >= Math.max(sentenceStart + 1, close - 12); open--) {
    if (tokens[open]?.text !== ',') continue;
    return tokens[open + 1]?.pos === 'ADP' ? groups.find((group) => group.last === open - 1) : undefined;
  }
  return undefined;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'one']);
const ASIDE_GAP = 15;

/**
 * "The minister, who met Ugandan officials on Monday, accused…", "Kenya's president, speaking after talks with Uganda,
 * accused…": a relative or participle clause (before a passive, an appositive too) set off by commas right after an
 * actor; that actor is the verb's subject.
 */
function subjectBeforeClauseAside(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number): ActorGroup | undefined {
  // "Gotovina, a former Croatian general indicted over…, was arrested by Spanish police": a passive's subject too.
  const isPassive = isPassiveAt(tokens, trigger);
  if (tokens[trigger]?.text.endsWith('ing') || (!isPassive && !hasObjectNear(tokens, groups, trigger))) return undefined;
  let close = trigger - 1;
  while (tokens[close]?.pos === 'ADV' || tokens[close]?.pos === 'AUX') close--;
  if (tokens[close]?.text !== ',') return undefined;
  for (let open = close - 2; open >= Math.max(sentenceStart + 1, close - ASIDE_GAP); open--) {
    const token = tokens[open];
    if (!token || token.text === ';' || token.text === '.') return undefined;
    if (token.text !== ',') continue;
    const opener = tokens[open + 1];
    // "X, a former general indicted in 2001, was arrested": an appositive noun phrase is an aside about X as well.
    const isAppositive = isPassive && APPOSITIVE_OPENERS.has(opener?.lemma ?? '');
    // "the Arab League, meeting in Cairo, condemned…": an -ing word the tagger took for a noun ("meeting", "gathering")
    // still opens a participle clause when a preposition follows it; a name ending in -ing ("Beijing") does not.
    const isParticiple = opener !== undefined && /(?:ing|ed)$/.test(opener.text) && (opener.pos === 'VERB' || (opener.pos === 'NOUN' && opener.text.endsWith('ing') && tokens[open + 2]?.pos === 'ADP'));
    const isClause = isAppositive || ASIDE_RELATIVES.has(opener?.lemma ?? '') || isParticiple;
    // An appositive the actors stage joined to the name ("Gotovina, a former Croatian general") is one group across the comma.
    const subject = isClause ? groups.find((group) => group.last === open - 1 || (isAppositive && group.first < open && group.last > open)) : undefined;
    return subject?.members.some((member) => member.code !== undefined) === true ? subject : undefined;
  }
  return undefined;
}

/** "retaliated by expelling", "marked the day by visiting": the verb before "by" whose means the gerund is (not a passive's). */
function meansOf(tokens: readonly Token[], trigger: number, sentenceStart: number): number | undefined {
  if (tokens[trigger - 1]?.lemma !== 'by' || !tokens[trigger]?.text.endsWith('ing')) return undefined;
  for (let index = trigger - 2; index >= Math.max(sentenceStart, trigger - 8); index--) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT') return undefined;
    if (token.pos === 'VERB') return isPassiveAt(tokens, index) ? undefined : index;
  }
  return undefined;
}

/**
 * The active verb whose object `group` is, when the trigger is joined to that verb by "and" ("dragged the Ugandan
 * opposition leader from a rally and detained him"): no verb between the group and "and", and none but that verb
 * between it and its clause's start (not "claimed by", not "after youths chased and beat…", where a clause of its own
 * opens between).
 */
function verbOfJoinedObject(tokens: readonly Token[], group: ActorGroup, trigger: number): number | undefined {
  const link = tokens[trigger - 1]?.pos === 'ADV' ? trigger - 2 : trigger - 1;
  if (tokens[link]?.lemma !== 'and' || tokens[link - 1]?.text === ',' || tokens[trigger]?.pos !== 'VERB' || tokens[trigger]?.text.endsWith('ing')) return undefined;
  for (let at = link - 1; at > group.last; at--) if (tokens[at]?.pos === 'VERB') return undefined;
  for (let at = group.first - 1; at >= 0; at--) {
    const token = tokens[at] as Token;
    if (token.pos === 'VERB') return token.text.endsWith('ing') || tokens[at + 1]?.lemma === 'by' || isPassiveAt(tokens, at) ? undefined : at;
    if (token.text === ',' || SUBORDINATORS.has(token.lemma)) return undefined;
  }
  return undefined;
}

const OPENERS = new Set(['before', 'after', 'while', 'when', 'since', 'upon', 'on']);
export const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'after', 'before', 'while', 'when', 'since', 'because', 'until']);

/** "fled to India as protesters stormed…": the group opens a clause of its own, after a subordinator and its quantifiers. */
function opensSubordinateClause(tokens: readonly Token[], first: number): boolean {
  let index = first - 1;
  while (isQuantifier(tokens[index]) || NOUN_MODIFIER_TAGS.has(tokens[index]?.pos ?? '')) index--;
  return SUBORDINATORS.has(tokens[index]?.lemma ?? '');
}

/** "Before leaving for Lima, Sousa…": an opening participle clause has the main clause's subject, right after its comma (or the sentence's opening actor, when the clause comes late). */
function mainClauseSubject(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number, isBuiltin: boolean): ActorGroup | undefined {
  // "Having met Modi in Delhi, Albanese…": a perfect participle opening the sentence is the main clause's too.
  const isPerfect = tokens[trigger - 1]?.text.toLowerCase() === 'having';
  if (!isPerfect && (!tokens[trigger]?.text.endsWith('ing') || !OPENERS.has(tokens[trigger - 1]?.lemma ?? ''))) return undefined;
  // "X signed the plan on Friday, hours after meeting Y": a participle after a subordinator late in the sentence is the
  // opening actor's (CAMEO patterns only: PETRARCH's test dictionaries leave these uncoded).
  // "Speaking after meeting Xi in Beijing, Macron…": a participle opening the sentence puts the whole phrase before the comma.
  const isOpening = trigger - 1 === sentenceStart || (isBuiltin && tokens[sentenceStart]?.pos === 'VERB' && tokens[sentenceStart]?.text.endsWith('ing') && trigger - sentenceStart <= 4);
  if (!isOpening) return isBuiltin && groups[0]?.first === sentenceStart ? groups[0] : undefined;
  for (let index = trigger + 1; index <= trigger + 12; index++) {
    if (tokens[index]?.text !== ',') continue;
    return groups.find((group) => group.first > index && group.first <= index + 2);
  }
  return undefined;
}

/** The subject of "became the first … to" before the infinitive at `trigger`: "Ghana became the first African state to recognise…". */
export function firstToActSubject(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, trigger: number, sentenceStart: number, isBuiltin: boolean): ActorGroup | undefined {
  const verb = firstToActVerb(tokens, trigger);
  const subject = verb === undefined ? undefined : subjectOf(tokens, groups, countryless, verb, sentenceStart, isBuiltin);
  // A name the actors stage does not know ("Acme has become the first firm to…") leaves the act to no one.
  return subject?.members.some((member) => member.code !== undefined) === true ? subject : undefined;
}
