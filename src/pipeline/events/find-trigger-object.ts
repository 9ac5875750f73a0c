import type { Token } from '../../model/token.ts';
import { countrylessInPattern, type ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { toAfterTimePhrase } from './has-other-predicate.ts';
import type { SentenceScope } from './code-sentence.ts';
import { isInSignedContent } from './signed-decree.ts';
import { hasBreak, isAttributed, isEachOther, isInTopic, isLocative, isNaming, isOwnPredicate, isParticipleClause, isTopicOf, namingClauseEnd, thatAfter } from './clause-shape.ts';
import { betweenPair } from './between-pair.ts';
import { judgedActDoer } from './judged-act-doer.ts';
import { isBareNaming } from './naming-judgement.ts';
import { conditionSubject } from './condition-clause.ts';
import { againstWhom, byAgent, countrylessAfter, AIMED } from './find-agents.ts';
import type { TriggerMatch } from './find-trigger.ts';
import type { TriggerReading } from './read-trigger.ts';
import { verbPhraseActor } from './fill-pattern-slots.ts';
import { judgedMoveMaker, judgedNounOwner } from './judged-move.ts';
import { relativeAntecedent } from './relative-antecedent.ts';
import { countrylessBodyAfter } from './participle-victims.ts';
import { COLLECTIVE_SINGULARS } from './countryless-agents.ts';
import { countryAcross, countryOfPlaceNoun, laterPrepositionObject } from './preposition-objects.ts';
import { pluralReferent } from './plural-referent.ts';
import { promptingActor } from './prompted-response.ts';
import { ARMED_SIDE_ROLES, STATE_SIDE_ROLES, isBareCountry, roleOf } from './agent-roles.ts';
import { TOLL_VERBS } from './toll-participle.ts';
import { headNounAfter } from './object-head.ts';
import { isInDescriptionOfThing } from './described-as.ts';
import { hasPredicateBetween } from './predicate-conjunction.ts';
import { PERSON_PRONOUNS as PERSON_SUBJECTS } from './coordinated-pronoun.ts';
import { isMetDirectly } from './mutual-partner.ts';

/** How many tokens past the trigger (or past an actor passed over) its object may start. */
export const TARGET_GAP = 13;
// "not optimistic about ties with Norway": the words an adjective row's target may stand after it.
const ADJECTIVE_REACH = 4;
const WITH = new Set(['with', 'alongside']);

/** Whom a trigger's act is done to, read from the words after it (and what says who it is not), as `findTriggerSides` needs it. */
export interface TriggerObject {
  readonly object: ActorGroup | undefined;
  readonly byGroup: ActorGroup | undefined;
  readonly naming: number | undefined;
  readonly between: ActorGroup | undefined;
  readonly isReciprocal: boolean;
}

/** The object of the trigger at `index`; undefined when the pattern needs one that is not there, or names instead of acting. */
export function findTriggerObject(scope: SentenceScope, match: TriggerMatch, index: number, subject: ActorGroup | undefined, isPassive: boolean, { timedFight, isForce }: TriggerReading): TriggerObject | undefined {
  const { tokens, sentence, groups, countryless, lastSubject, lastTarget, openingGroup } = scope;
  // "was warned by NATO against…": the agent may follow the trigger before the pattern's last word.
  const byGroup = byAgent(tokens, groups, countryless, index) ?? byAgent(tokens, groups, countryless, match.lastWord);
  // "struck what New Delhi called a militant camp inside Pakistan": who names the object in a free relative is not it.
  const naming = namingClauseEnd(tokens, match.preposition ?? match.lastWord);
  const objectFrom = naming ?? match.preposition ?? index;
  // "was ready to work with Beijing": an adjective's "to" opens an infinitive, whose phrase names whom the readiness is towards.
  const isInfinitive = match.pattern.isAdjective === true && match.preposition !== undefined && tokens[match.preposition + 1]?.pos === 'VERB';
  const isNextToPreposition = match.preposition !== undefined && naming === undefined && !isInfinitive;
  const isVictimRoot = VICTIM_ROOTS.has(match.pattern.code.slice(0, 2));
  // "not hopeful about ties with Quito": whom a stated mood is towards stands right by the adjective; "not confident the pitch
  // will last, before the game against Chile" names a rival. (A readiness "to" act reaches into its verb phrase: "ready to
  // deepen coordination with Moscow".)
  const isCloseOnly = match.pattern.isAdjective === true && match.preposition === undefined;
  let object = isCloseOnly ? groupAfter(tokens, groups, index, ADJECTIVE_REACH) : groupAfter(tokens, groups, objectFrom, isNextToPreposition ? 3 : TARGET_GAP, isNextToPreposition) ?? (isParticipleClause(tokens, index) ? countrylessBodyAfter(tokens, countryless, match) : (isVictimRoot || ADDRESSED_INSIDE_ROOTS.has(match.pattern.code.slice(0, 2)) ? countrylessInsidePattern(tokens, countryless, match.words, index, !isVictimRoot) : undefined) ?? countrylessAfter(tokens, countryless, naming ?? match.preposition ?? pastJoinedVerb(tokens, match.lastWord)) ?? (isVictimRoot ? countrylessInPattern(countryless, match.words, index) : undefined));
  if (object && (isPowerSeized(tokens, match) || isInSignedContent(tokens, match, object))) object = undefined;
  if (object && isInDescriptionOfThing(tokens, match.pattern.code, match.lastWord, object)) object = undefined;
  // "shelling killed five people, according to Russian state media": who reports it is the claim's source, never the target.
  if (object && isAttributed(tokens, object.first)) object = undefined;
  if (object?.members.every((member) => member.isSpeakerPronoun === true)) object = groupAfter(tokens, groups, object.last, TARGET_GAP);
  // "contribute a million Austrian florins to Gondor": an actor inside a TABARI pattern's own words is not its target.
  if (object && match.pattern.isExact && match.words.some((word) => object !== undefined && object.first <= word && word <= object.last)) object = groupAfter(tokens, groups, match.lastWord, TARGET_GAP);
  // "signed a treaty in Bishkek", "held talks in Geneva": where two sides met or signed is not one of them.
  // "discussed the war in Yemen with the Omani envoy": the partner after "with", past the place the topic names.
  if (object && match.pattern.isSymmetric && match.preposition === undefined && isLocative(tokens, object.first) && object.members.every((member) => member.placeId !== undefined || isBareCountry(member.code))) object = partnerPastPlace(tokens, groups, object.last);
  const isDoneToPeople = isVictimRoot || isForce;
  // "fired tear gas at opposition supporters in Nairobi": the group hit comes before the place it happened.
  // "expelled aid agencies from Darfur": a place they are moved from comes after them too.
  const direct = countryless && object && (isLocative(tokens, object.first) || tokens[object.first - 1]?.lemma === 'from') ? countrylessAfter(tokens, countryless, tokens[match.lastWord + 1]?.pos === 'ADP' ? match.lastWord + 1 : match.preposition ?? match.lastWord) : undefined;
  // "killed at least 60 people at a wedding hall in Kabul": unnamed victims of force leave the target to the place.
  // Abducted villagers stay the target (`---CVL`); only a death or injury toll leaves it to the place.
  const isAnonymousToll = TOLL_VERBS.has(tokens[index]?.lemma ?? '') && direct?.members.every((member) => ANONYMOUS.has(member.name.toLowerCase())) === true;
  if (direct && object && direct.last < object.first && !isAnonymousToll) object = direct;
  // "executed four activists, drawing condemnation from the EU", "arrested a journalist who had criticised President Saied":
  // the people right after the trigger are its object; a named actor past a clause break is another verb's.
  const beforeBreak = countryless && object && !direct && isDoneToPeople ? countrylessAfter(tokens, countryless, match.preposition ?? match.lastWord) : undefined;
  if (beforeBreak && object && beforeBreak.last < object.first && hasBreak(tokens, beforeBreak.last, object.first)) object = beforeBreak;
  // "expelled six relief agencies from Tigray": those the pattern's own words name, before where they were.
  // "released 40 political prisoners and bused them to the border": or before a clause of their own that names someone else.
  const named = direct === undefined && object && (isLocative(tokens, object.first) || tokens[object.first - 1]?.lemma === 'from' || hasPredicateBetween(tokens, match.lastWord, object.first)) && VICTIM_ROOTS.has(match.pattern.code.slice(0, 2)) ? countrylessInPattern(countryless, match.words, index) : undefined;
  if (named && object && named.last < object.first) object = named;
  // "protested in Kabul against foreign troops": whom it was against, past where it happened.
  const against = object && match.preposition === undefined && isLocative(tokens, object.first) ? againstWhom(tokens, groups, countryless, object.last) : undefined;
  if (against) object = against;
  // "used pepper spray and batons against crowds of protesters in Tirana": whom it was aimed at, before where.
  const isPlaceOrNone = object === undefined || isLocative(tokens, object.first);
  const aimedAt = !against && isDoneToPeople && match.preposition === undefined && isPlaceOrNone ? aimedBefore(tokens, match.lastWord, object?.first ?? Math.min(match.lastWord + TARGET_GAP, sentence.lastToken)) : -1;
  const aimed = aimedAt >= 0 ? countrylessAfter(tokens, countryless, aimedAt) : undefined;
  if (aimed && (!object || aimed.last < object.first)) object = aimed;
  // "pledged two million Swiss francs to Haiti": a country naming a currency is not who receives it.
  if (object && CURRENCIES.has(tokens[object.last + 1]?.lemma ?? '')) object = groupAfter(tokens, groups, object.last, TARGET_GAP - (object.last - index));
  // "signed a U.N.-brokered deal": a name glued to a participle by a hyphen says who helped, not who the act is aimed at.
  // "appealed to the Russia-led alliance": after a preposition too, when a named actor follows (else "the Saudi-led coalition" is Saudi).
  if (object && tokens[object.last + 1]?.text === '-' && HELPED.has(tokens[object.last + 2]?.text.toLowerCase() ?? '')) {
    const helped = groupAfter(tokens, groups, object.last + 2, match.preposition === undefined ? TARGET_GAP - (object.last - index) : 3, match.preposition !== undefined);
    object = helped ?? (match.preposition === undefined && tokens[object.last + 2]?.text.toLowerCase() !== 'led' ? undefined : object);
  }
  // "raided a Sunni mosque in Baghdad", "fired missiles at the Al Udeid air base in Qatar": a name with no code is a modifier here; the coded actor after it is the target.
  // "sentenced Henry Rotich to four years": a person no knowledge codes is still whom a court or captor acts on.
  const isCoercedPerson = COERCION.test(match.pattern.code) && object?.members.every((member) => member.isPerson === true) === true && subject?.members.some((member) => member.code !== undefined) === true;
  if (object && match.pattern.isBuiltin && !isCoercedPerson && (match.preposition === undefined || isForce) && object.members.every((member) => member.code === undefined)) object = groupAfter(tokens, groups, object.last, TARGET_GAP - (object.last - index));
  // "expelled the US ambassador, accusing him of…": an object pronoun stands for the previous event's target.
  // "Guaido declared himself president and Trump recognised him": "him" or "her" is a person named before, if the last target is none.
  // "accusing him of spying" (accuse … of spying): the pronoun may follow the verb inside the pattern's words.
  const pronounAt = OBJECT_PRONOUNS.has(tokens[match.lastWord + 1]?.lemma ?? '') ? match.lastWord + 1 : match.lastWord > index && OBJECT_PRONOUNS.has(tokens[index + 1]?.lemma ?? '') ? index + 1 : -1;
  const pronoun = tokens[pronounAt]?.lemma ?? '';
  // "police arrested him in Santa Cruz": where it happened is not who "him" is.
  // "accusing him of plotting to divide Bolivia": a name past the pronoun sits in a later phrase; the pronoun is the object.
  const isPronounNext = pronounAt >= 0 && (!object || isLocative(tokens, object.first) || (match.preposition === undefined && object.first > pronounAt + 1));
  const referent = isPronounNext ? (PERSON_PRONOUNS.has(pronoun) && !lastTarget?.members.some((member) => member.isPerson) ? personBefore(groups, subject, index) : undefined) ?? lastTarget : undefined;
  const isPronounObject = referent !== undefined;
  if (referent) object = referent;
  // "seized three Ukrainian ships and detained their crews": the people of the previous event's target.
  // "demanded that Beijing withdraw its boats, calling their presence a violation": the judged thing's owner is that target too.
  const isNamingJudgement = match.pattern.code === '111' && (match.pattern.needsObjectNext === true || isBareNaming(match.pattern));
  const ownerOfJudged = isNamingJudgement && POSSESSIVE_PRONOUNS.has(tokens[match.lastWord + 1]?.lemma ?? '') ? lastTarget : undefined;
  if (!object && POSSESSIVE_PRONOUNS.has(tokens[match.lastWord + 1]?.lemma ?? '') && VICTIM_ROOTS.has(match.pattern.code.slice(0, 2)) && lastTarget) object = lastTarget;
  if (ownerOfJudged) object = ownerOfJudged;
  // "called the defeat to Belgium a disgrace", "called the pitch in Mumbai unfair": an actor behind a preposition of place
  // or direction in the thing a bare naming verb names is where or against whom it was, not who did it.
  if (object && isBareNaming(match.pattern) && !ownerOfJudged && isPastPlacePreposition(tokens, match.lastWord, object.first)) object = undefined;
  // "Vellmark shelled the port, and Ostria called it a war crime": the judged act's doer, when no one is named as its owner.
  const judgedDoer = isNamingJudgement && !object && scope.hasVerbEvent ? judgedActDoer(tokens, match.lastWord, subject, lastSubject) : undefined;
  if (judgedDoer) object = judgedDoer;
  // "calling them a trap", "called Kiev's move a provocation": naming, not a phone call ("hit Lebanon hard" names nothing).
  if (match.pattern.needsObjectNext && match.pattern.code !== '111' && match.pattern.code !== '190' && isNaming(tokens, object && object.first > match.lastWord ? object.last : match.lastWord + 1)) return undefined;
  // "police were called to the house", "a bus was called in": a passive call sending someone somewhere is a summons, not a
  // phone call ("was called to discuss the truce" still is one).
  const isSummons = isPassive && tokens[index]?.lemma === 'call' && SENT_SOMEWHERE.has(tokens[match.lastWord + 1]?.lemma ?? '') && tokens[match.lastWord + 2]?.pos !== 'VERB';
  if (match.pattern.code === '041' && isSummons) return undefined;
  if (!object && match.preposition !== undefined) object = laterPrepositionObject(tokens, groups, match.preposition, match.pattern.targetPrepositions) ?? countryAcross(groups, match.preposition) ?? countryOfPlaceNoun(tokens, groups, match.preposition);
  if (!object && CLAUSE_TARGET_ROOTS.has(match.pattern.code.slice(0, 2)) && tokens[match.lastWord + 1]?.lemma === 'that') object = groupAfter(tokens, groups, match.lastWord + 1, 3);
  // "has documents proving Bolivia was behind": the pattern itself ends by opening the clause, whose subject is the target.
  // "demanded that Syria withdraw": the that-clause's subject is the target even though a verb of its own follows.
  // "demanded that Moscow release the journalist" (demand release): the clause may open before the pattern's last word.
  const opening = CLAUSE_OPENING_WORDS.has(tokens[match.lastWord]?.lemma ?? '') ? match.lastWord : thatAfter(tokens, match.lastWord) >= 0 ? thatAfter(tokens, match.lastWord) : thatAfter(tokens, index);
  // "insisted that the police hand over…": an unnamed state body or armed side opening the clause is its subject too; not the
  // speaker's own ("that his forces would…"), nor people at large ("warned that people should stay alert").
  const unnamedSubject = countryless && opening >= 0 ? groupAfter(tokens, countryless, opening, 3) : undefined;
  const isBody = unnamedSubject?.members.every((member) => STATE_SIDE_ROLES.has(roleOf(member.code)) || ARMED_SIDE_ROLES.has(roleOf(member.code))) === true;
  const isOthersBody = unnamedSubject !== undefined && isBody && tokens.slice(opening + 1, unnamedSubject.first).every((token) => token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'PROPN');
  // "was optimistic that Tehran would respond": a stance adjective's that-clause names whom the stance is about.
  const clauseSubject = (CLAUSE_TARGET_ROOTS.has(match.pattern.code.slice(0, 2)) || match.pattern.isAdjective === true) && opening >= 0 ? groupAfter(tokens, groups, opening, 3) ?? (isOthersBody ? unnamedSubject : undefined) : undefined;
  if (clauseSubject) object = clauseSubject;
  // "accused the minister of fraud and demanded that he resign": a demand is made of someone else, so a "he" or "she"
  // opening its clause is the one person the last event was aimed at. Not a passive clause: "demanded that she be freed"
  // is made of her captors.
  const isClausePassive = tokens[opening + 2]?.lemma === 'be';
  const demandedOf = !clauseSubject && match.pattern.code.startsWith('10') && opening >= 0 && PERSON_SUBJECTS.has(tokens[opening + 1]?.lemma ?? '') && !isClausePassive && lastTarget?.members.length === 1 && isOnePerson(lastTarget) && lastTarget !== subject ? lastTarget : undefined;
  if (demandedOf) object = demandedOf;
  // "Kenya and Uganda met in Kampala": the pair meets each other; "Dutch and Belgian envoys met Congolese rebels": both meet the side named after.
  if (match.pattern.isSymmetric && (subject?.members.length ?? 0) >= 2 && !WITH.has(tokens[match.preposition ?? -1]?.lemma ?? '') && !isMetDirectly(tokens, match, object)) object = undefined;
  // "Ukraine and Russia blamed each other": a reciprocal object pairs the subjects up both ways.
  const isReciprocal = (subject?.members.length ?? 0) >= 2 && (isEachOther(tokens, index + 1) || isEachOther(tokens, match.lastWord + 1));
  if (isReciprocal) object = undefined;
  // "talks between Israel and Syria", "clashes between X and Y": the pair is the compound after "between".
  // "Fighting between soldiers and militiamen raged": a trigger read as a verb with "between" right after it and no subject names the pair too.
  const betweenAt = match.preposition ?? (subject === undefined && !isPassive ? match.lastWord + 1 : -1);
  // A fight dating the act before had its pair read with the trigger.
  const between = timedFight ?? betweenPair(tokens, groups, countryless, betweenAt, isForce) ?? (tokens[match.preposition ?? -1]?.lemma === 'between' && (object?.members.length ?? 0) >= 2 ? object : undefined);
  if (object && object === byGroup && (isPassive || match.pattern.isNoun)) object = undefined;
  // "…, Peruvian state media reported": an actor that is the subject of a verb of its own is not this verb's object.
  // "sanctions against Iran took effect", "Iraq's invasion of Kuwait began": an event noun's complement is its target even when a verb follows.
  if (object && object !== byGroup && object !== clauseSubject && object !== demandedOf && object !== ownerOfJudged && object !== judgedDoer && !isPronounObject && !(match.pattern.isNoun && (match.preposition !== undefined || object.first <= match.lastWord + 2)) && isOwnPredicate(tokens[object.last + 1], tokens[object.last + 2], tokens[object.first - 1])) object = undefined;
  // "attend a summit on the drought in Kenya": a place inside the topic of a meeting is not who was met.
  if (object && match.pattern.code.startsWith('04') && isInTopic(tokens, match.lastWord, object.first)) object = undefined;
  // "ended two days of talks in Vienna": the place of a meeting is not who was met.
  if (object && match.preposition === undefined && MEETING.test(match.pattern.code) && object.members.every((member) => member.placeId !== undefined || isBareCountry(member.code)) && isLocative(tokens, object.first)) object = undefined;
  // "vetoed a draft resolution on Syria at the UN": what a text is about is not whom it is aimed at.
  if (object && match.preposition === undefined && !isForce && isTopicOf(tokens, object.first)) object = groupAfter(tokens, groups, object.last, TARGET_GAP - (object.last - index));
  // PETRARCH's dictionaries take the first actor of the verb phrase, a that-clause's subject included ("allowed that Mordor…").
  if (!object && match.pattern.isExact) object = verbPhraseActor(tokens, groups, match, TARGET_GAP);
  // "threatened to use force if Niger's junta did not step down": whom a threat is made against is its condition's subject.
  // "said its forces would strike if Eritrea attacked": force threatened on a condition is aimed at whoever the condition names.
  if (!object && (match.pattern.code.startsWith('13') || isForce)) object = conditionSubject(tokens, groups, match.lastWord, match.pattern.code.startsWith('13'));
  object ??= relativeAntecedent(tokens, groups, countryless, subject, index) ?? judgedMoveMaker(tokens, subject, match.pattern.code, lastSubject ?? openingGroup) ?? judgedNounOwner(tokens, groups, subject, match.pattern.code) ?? promptingActor(tokens, groups, subject, index, match.pattern.code, lastSubject, sentence.firstToken);
  // "urging both sides to compromise", "recalled its envoys from the three countries": the compound named before.
  if (!isPassive && (!object || object.members.every((member) => member.isCountryless))) object = pluralReferent(tokens, groups, subject, index, match.preposition ?? match.lastWord) ?? object;
  if (match.pattern.needsObjectNext && !isPassive && (!object || (object.first > match.lastWord + 2 && !isPronounObject))) return undefined;
  // "tested a missile, prompting US sanctions": a show of force names no one past its own clause.
  if (object && match.pattern.code.startsWith('15') && match.preposition === undefined && hasBreak(tokens, match.lastWord, object.first)) object = undefined;
  // "pressed Armenia on Monday to sign": the day may stand between the object and its "to".
  if (match.pattern.needsObjectTo && (!object || toAfterTimePhrase(tokens, object.last + 1) < 0 || object.first > match.lastWord + 3)) return undefined;
  return { object, byGroup, naming, between, isReciprocal };
}

const COERCION = /^(173|181)/;

/** An "against", "at" or "on" between the trigger's last word and a place after it, with no verb between; -1 if none. */
function aimedBefore(tokens: readonly Token[], from: number, to: number): number {
  for (let index = from + 1; index < to; index++) {
    // "used batons, pepper spray and flash-bangs against…": commas of a list of means do not end the clause.
    if (tokens[index]?.pos === 'VERB' || tokens[index]?.pos === 'SCONJ' || tokens[index]?.text === ';') return -1;
    // "killing at least 14 villagers": "at least" counts, it does not aim.
    if (AIMED.has(tokens[index]?.lemma ?? '') && tokens[index + 1]?.lemma !== 'least') return index;
  }
  return -1;
}

// "alleged that France…", "warned that Moscow…": who the accusation or warning is about opens the that-clause.
const CLAUSE_TARGET_ROOTS = new Set(['10', '11', '13']);
const CLAUSE_OPENING_WORDS = new Set(['that', 'prove', 'proving', 'show', 'showing']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const PERSON_PRONOUNS = new Set(['him', 'her']);
const SENT_SOMEWHERE = new Set(['to', 'in', 'out', 'into', 'back']);

/** A person named, or a state office held by one ("the interior minister"); not a country nor a crowd. */
function isOnePerson(group: ActorGroup): boolean {
  return group.members.every((member) => member.isPerson === true || (roleOf(member.code) === 'GOV' && !isBareCountry(member.code)));
}

/** The last person named before the trigger on their own, other than the subject. */
function personBefore(groups: readonly ActorGroup[], subject: ActorGroup | undefined, trigger: number): ActorGroup | undefined {
  const subjectCodes = new Set(subject?.members.map((member) => member.code));
  return groups.findLast((group) => group.last < trigger && group.members.length === 1 && group.members[0]?.isPerson === true && !subjectCodes.has(group.members[0].code));
}

const ANONYMOUS = new Set(['people', 'person', 'persons', 'civilians', 'civilian', 'residents', 'villagers', 'passengers']);

const POSSESSIVE_PRONOUNS = new Set(['their', 'its']);

const CURRENCIES = new Set(['dollar', 'euro', 'franc', 'pound', 'yen', 'yuan', 'rupee', 'ruble', 'rouble', 'peso', 'lira', 'dinar', 'riyal', 'shekel', 'won', 'florin', 'krone', 'krona', 'rand', 'real']);

/** "a U.N.-brokered deal", "a Saudi-backed plan", "a NATO-protected zone": participles naming a helper (a "British-flagged" ship is still British). */
const HELPED = new Set(['brokered', 'backed', 'mediated', 'sponsored', 'drafted', 'proposed', 'supported', 'funded', 'hosted', 'led', 'protected']);

/** Roots whose pattern words hold whom the act is addressed to before their last word: "accused the police of torture". */
const ADDRESSED_INSIDE_ROOTS = new Set(['11']);

/** Roots whose pattern words can name who it was done to ("freed hostages", "expelled aid agencies"), not what was moved ("sent troops"). */
const VICTIM_ROOTS = new Set(['08', '16', '17', '18']);

/**
 * "placed opposition leaders under house arrest", "took three activists into custody": people with no country held
 * between the verb and the pattern's next word are its object, before anyone named after the pattern's last word;
 * so are those accused (`isAddressed`: "accused the police of torture").
 */
function countrylessInsidePattern(tokens: readonly Token[], groups: readonly ActorGroup[] | undefined, words: readonly number[], trigger: number, isAddressed: boolean): ActorGroup | undefined {
  const next = words[0];
  if (next === undefined) return undefined;
  // "suspended military talks", "imposed a military curfew": an adjective right before the pattern's noun modifies it.
  const isModifier = (group: ActorGroup): boolean => group.last === next - 1 && tokens[group.last]?.pos === 'ADJ';
  // "unions held the government hostage", "holding the budget hostage": a whole body held is a figure of speech, not people held.
  // "accused the government of fraud": whom an accusation is made against may well be a body.
  const isBody = (group: ActorGroup): boolean => !isAddressed && COLLECTIVE_SINGULARS.has(tokens[group.last]?.lemma ?? '');
  return groups?.find((group) => group.first > trigger && group.last < next && !isModifier(group) && !isBody(group) && group.members.every((member) => member.isCountryless));
}

/** Meeting, hosting and negotiating, not visiting (042 "attended a summit in Switzerland" visits it; "hosted Smith in New Delhi" hosts Smith). */
const MEETING = /^04[01356]/;

/** Verbs of going, leaving and protesting, which take no object: "withdrew and left the villagers without water" has "withdrew" with none. */
const OBJECTLESS = new Set(['withdraw', 'leave', 'arrive', 'return', 'retreat', 'flee', 'depart', 'go', 'come', 'resign', 'march', 'rally', 'protest', 'strike', 'demonstrate']);

/** "arrested and charged four smugglers", "shelled and bombed rebel positions": two verbs joined before one object share it. */
function pastJoinedVerb(tokens: readonly Token[], lastWord: number): number {
  return tokens[lastWord + 1]?.lemma === 'and' && tokens[lastWord + 2]?.pos === 'VERB' && tokens[lastWord]?.pos === 'VERB' && !OBJECTLESS.has(tokens[lastWord]?.lemma ?? '') ? lastWord + 2 : lastWord;
}

/** How far past a place its symmetric act's "with" may stand ("in Aden on Friday with"). */
const WITH_REACH = 4;

/** The actor right after the first "with" past a place, with no clause break before it. */
function partnerPastPlace(tokens: readonly Token[], groups: readonly ActorGroup[], placeLast: number): ActorGroup | undefined {
  for (let index = placeLast + 1; index <= placeLast + WITH_REACH; index++) {
    if (!WITH.has(tokens[index]?.lemma ?? '')) continue;
    return hasBreak(tokens, placeLast, index + 1) ? undefined : groupAfter(tokens, groups, index, 3, true);
  }
  return undefined;
}

/**
 * "the army seized power and detained the president": seizing (171) power takes rule from no one named, so the actor
 * after it is the next verb's object. The coup is still coded, only without that target.
 */
function isPowerSeized(tokens: readonly Token[], match: TriggerMatch): boolean {
  return match.pattern.code === '171' && headNounAfter(tokens, match.lastWord) === 'power';
}

// "the prosecution of", "imposed by", "named as a Freedonian provocation": an owner, a doer, or the name itself.
const DOER_PREPOSITIONS = new Set(['of', 'by', 'as']);

/** Whether a preposition of place or direction ("in", "at", "to") stands between a naming verb and the actor after it. */
function isPastPlacePreposition(tokens: readonly Token[], verb: number, objectFirst: number): boolean {
  return tokens.slice(verb + 1, objectFirst).some((token) => token.pos === 'ADP' && !DOER_PREPOSITIONS.has(token.lemma));
}
