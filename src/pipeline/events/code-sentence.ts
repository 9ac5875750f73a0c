import type { Modality } from '../../model/event.ts';
import type { Sentence, Token } from '../../model/token.ts';
import { groupAfter, groupMentions, isOwnCountry, openingGroupOf, withCountry, type ActorGroup } from './actor-groups.ts';
import { reportingSpeaker } from './reporting-speaker.ts';
import { hasBreak, hasInanimateObject, isNamingRelative, hasOwnPronounSubject, hasVerbBetween, isCoordinated, isDemandedAct, isDeniedClause, isInTimePhrase, isLocative, isPassiveAt, isReducedPassive, isWithoutTarget, onlyNounPhrase } from './clause-shape.ts';
import type { CompiledPattern, PatternIndex } from './event-pattern.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { attackerInNoun, madeDemand, byAgent, EVENT_NOUNS, groupAfterWord, RELATIVES } from './find-agents.ts';
import { isInAgreedTerms, isInCondition } from './condition-clause.ts';
import { findModality } from './find-modality.ts';
import { pairUp } from './pair-up.ts';
import { possessorTarget } from './possessor-target.ts';
import { requestedAct } from './requested-act.ts';
import { isUnaddressed } from './unaddressed-statement.ts';
import { HOME_MEASURES, homeOfMeasure, rulerOfMeasure } from './home-measure.ts';
import { isForecastPassive } from './forecast-passive.ts';
import { splitJointCodes } from './joint-code.ts';
import { isComplementOfControlVerb } from './control-verb-complement.ts';
import { isAttemptedAct } from './attempted-act.ts';
import { isMeasureReach } from './measure-reach.ts';
import { passiveMoveMaker, relativeMoveMaker, JUDGING_ROOTS } from './judged-move.ts';
import { firstToActSubject, subjectOf } from './find-subject.ts';
import { coordinatedSubject } from './coordinated-subject.ts';
import { laterClauseOf } from './later-clause-conjunct.ts';
import { attributedSpeaker } from './attributed-participle.ts';
import { isJointIntent, twoSidesSubject } from './two-sides-subject.ts';
import { speakerAfterReport } from './speaker-after-report.ts';
import { documentIssuer } from './issued-document.ts';
import { promptedSubject } from './prompted-response.ts';
import { isArmed, isDeathVerb, isLeftToAttackNoun, isMeasureOfPassive, isTalkTopic, isTopicGerund, participleAgent, subjectBeforeBacker } from './force-agents.ts';
import { answeredRequest } from './answered-request.ts';
import { assaultCode, meansCode } from './force-means.ts';
import { exitCode } from './body-exit.ts';
import { homeDeploymentCode } from './home-deployment.ts';
import { deploymentPlace } from './deployment-place.ts';
import { isClaimContent } from './claim-content.ts';
import { fillPatternSlots, isUnfit } from './fill-pattern-slots.ts';
import { findTriggerObject, TARGET_GAP, type TriggerObject } from './find-trigger-object.ts';
import { findTrigger, nextPossibleTrigger, type TriggerMatch } from './find-trigger.ts';
import { takenCode } from './taken-code.ts';
import { timedFightPair } from './between-pair.ts';
import { isFightingSide, isTimedFightWith } from './timed-fight-with.ts';
import { withImpliedEvents } from './implied-events.ts';
import { foldThreatClause } from './threat-clause.ts';
import { isCoded, isMeetingNounWith } from './meeting-noun.ts';
import { nounSubject } from './noun-subject.ts';
import { isMutualWithPartner } from './mutual-partner.ts';
import { isUnjudgedNaming } from './naming-judgement.ts';
import { isOtherSense } from './other-sense.ts';
import { headNounAfter } from './object-head.ts';
import { NO_EVENT } from './parse-tabari-verbs.ts';
import { aimUntargeted, isNewCoding } from './sentence-codings.ts';
import { agreeToCode, FORCE_ROOTS, isIntentBeforeCodedVerb, stanceCode } from './stance-code.ts';
import { stateRoleAtPlace } from './state-role-at-place.ts';
import { stateRoleGroupOfSource } from './state-role-of-source.ts';
import { tollCode } from './toll-participle.ts';
import { weaponDamageCode } from './weapon-damage.ts';
import { vehicleBombCode } from './vehicle-bomb.ts';
import { protestingCrowd } from './protesting-crowd.ts';
import { isLastEventOf, isPurposeAfterObject, purposeSubject } from './purpose-infinitive.ts';
import { peopleNamedByRow } from './people-named-by-row.ts';
import { decreeSigner } from './signed-decree.ts';
import { tiedSubject } from './tied-subject.ts';
import { participleSubject } from './participle-subject.ts';
import { assassinationCode, bombingCode, hasMishapIn, isDoerUnknown, isUncodedBlastBefore } from './unknown-doer.ts';
import { isStateCountry } from './agent-roles.ts';

/** One coded who-did-what-to-whom in a sentence, before dates, places and claims are attached. */
export interface SentenceEvent {
  readonly pattern: CompiledPattern;
  /** Set when the code differs from the pattern's: its reverse reading ("X visited Y" → Y hosted X) or a stance ("will attack" → 138). */
  readonly code?: string;
  readonly trigger: number;
  readonly lastWord: number;
  readonly source?: ActorMention;
  readonly target?: ActorMention;
  readonly modality: Modality;
  readonly isPassive: boolean;
  /** A protest with no one named as its target ("took to the streets"): PETRARCH's `---` target, not a missing actor. */
  readonly isTargetless?: boolean;
  /** An attack whose doer the report does not know ("was shot dead", "a car bomb exploded"): PETRARCH's `---` source. */
  readonly isSourceUnknown?: boolean;
  /** Set when the event is not the pattern's own act: a demand named inside a rejection, a call made in passing. */
  readonly rule?: string;
}

/** Finds triggers left to right (linear in tokens), then fills their subject and object slots with actor groups. */
export function codeSentence(tokens: readonly Token[], sentence: Sentence, named: readonly ActorMention[], patterns: PatternIndex): SentenceEvent[] {
  // Joint codes come only from TABARI dictionaries: most sentences keep the mentions as they are, with no copy.
  const mentions = splitJointCodes(named);
  const groups = groupMentions(tokens, mentions.filter((mention) => !mention.isCountryless));
  // A sentence with no word a pattern could fire at codes nothing itself: only the implied events' rules read it.
  const first = nextPossibleTrigger(tokens, sentence.firstToken, sentence.lastToken, patterns);
  if (first > sentence.lastToken) return withImpliedEvents(tokens, sentence, groups, [], patterns);
  const countryless = mentions.some((mention) => mention.isCountryless) ? groupMentions(tokens, mentions) : undefined;
  const inMention = new Set<number>();
  for (const mention of mentions) for (let index = mention.first; index <= mention.last; index++) inMention.add(index);
  const events: SentenceEvent[] = [];
  const consumed = new Set<number>();
  const coded = new Set<string>();
  const isActorAt = (at: number): boolean => inMention.has(at);
  // "Sanctions were imposed on Syria": a noun's preposition past a verb belongs to that verb.
  const isUnfitMatch = (found: TriggerMatch): boolean => isUnfit(tokens, groups, found, sentence.firstToken) || (found.pattern.isNoun === true && found.preposition !== undefined && hasVerbBetween(tokens, found.trigger, found.preposition)) || isMeasureOfPassive(tokens, found) || isUnjudgedNaming(tokens, groups, found) || isForecastPassive(tokens, found);
  // "The Netherlands recalled its envoy…, a step Ankara criticised": an article before the first actor still opens the sentence with it.
  const openingGroup = openingGroupOf(tokens, groups, sentence.firstToken, false);
  const scope: SentenceScope = { tokens, sentence, patterns, groups, countryless, inMention, consumed, coded, events, openingGroup, hasVerbEvent: false, lastSubject: undefined, lastRoot: undefined, lastBuiltinRoot: undefined, lastTarget: undefined, isAfterForceNoun: false, lastTrigger: -1, lastCode: undefined, mishap: undefined };
  // Only tokens a pattern could fire at enter the loop: V8 allocates the context its closures capture at every entry.
  for (let index = first; index <= sentence.lastToken; index = nextPossibleTrigger(tokens, index + 1, sentence.lastToken, patterns)) {
    if (inMention.has(index) || consumed.has(index)) continue;
    const match = findTrigger(tokens, index, sentence.lastToken, patterns, isActorAt, isUnfitMatch);
    if (!match) continue;
    if (match.pattern.code === NO_EVENT) {
      for (const word of match.words) consumed.add(word);
      continue;
    }
    codeTrigger(scope, match, index);
  }
  return withImpliedEvents(tokens, sentence, groups, events, patterns);
}

/**
 * What the triggers of one sentence share: its actors, and what the triggers coded before the current one left behind.
 * One object of one shape per sentence, so that each step of `codeTrigger` is a small function of its own (compiled
 * early and cheaply by V8, where one loop body of 15 kB of bytecode stayed unoptimised through the first 300 articles).
 */
export interface SentenceScope {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly patterns: PatternIndex;
  readonly groups: readonly ActorGroup[];
  readonly countryless: readonly ActorGroup[] | undefined;
  readonly inMention: ReadonlySet<number>;
  readonly consumed: Set<number>;
  readonly coded: Set<string>;
  readonly events: SentenceEvent[];
  /** "The Taliban ordered…, a decision the UN condemned": with no event coded yet, a move's maker is the sentence's opening actor. */
  readonly openingGroup: ActorGroup | undefined;
  hasVerbEvent: boolean;
  lastSubject: ActorGroup | undefined;
  lastRoot: string | undefined;
  lastBuiltinRoot: string | undefined;
  lastTarget: ActorGroup | undefined;
  isAfterForceNoun: boolean;
  lastTrigger: number;
  lastCode: string | undefined;
  /** Whether the sentence tells of an accident or a disaster (`hasMishapIn`), read when an event is first coded. */
  mishap: boolean | undefined;
}

function isMishap(scope: SentenceScope): boolean {
  scope.mishap ??= hasMishapIn(scope.tokens, scope.sentence.firstToken, scope.sentence.lastToken);
  return scope.mishap;
}

/** Codes one trigger's events into `scope.events`, or none when a rule says the trigger is no event of its own here. */
function codeTrigger(scope: SentenceScope, match: TriggerMatch, index: number): void {
  const reading = readTrigger(scope, match, index);
  if (!reading) return;
  const agent = findTriggerSubject(scope, match, index, reading);
  if (!agent) return;
  const found = findTriggerObject(scope, match, index, agent.subject, agent.isPassive, reading.timedFight);
  if (!found) return;
  const sides = findTriggerSides(scope, match, index, reading, agent, found);
  if (sides) addEvents(scope, match, index, reading, agent, found, sides);
}

/** How a trigger stands to the events coded before it in the sentence; undefined when that rules it out. */
interface TriggerReading {
  readonly isJourney: boolean;
  readonly isDuring: boolean;
  readonly isAiming: boolean;
  /** "imposed a curfew after clashes between police and students": the pair of a fight coded beside the act it dates. */
  readonly timedFight: ActorGroup | undefined;
  /** "captured the port after weeks of fighting with the army" (`isTimedFightWith`). */
  readonly isTimedFight: boolean;
  /** ", prompting Madrid to warn…": the actor a prompting participle hands the infinitive to (`promptedSubject`). */
  readonly prompted: ActorGroup | undefined;
}

function readTrigger(scope: SentenceScope, match: TriggerMatch, index: number): TriggerReading | undefined {
  const { tokens, sentence, patterns, inMention, events, hasVerbEvent, lastRoot, lastBuiltinRoot, lastTrigger, lastCode } = scope;
  // "held talks with Okafor during a brief visit to Lagos": a noun event in a time phrase is the subject's too.
  // "claimed responsibility for drone attacks on Saudi plants": the attack claimed is the claimant's act too.
  const isJourney = match.pattern.code === '042';
  // PETRARCH's test dictionaries code no journey after their own verbs ("…during a brief trip to Eriador").
  const timedFight = match.pattern.isNoun && hasVerbEvent ? timedFightPair(tokens, scope.groups, scope.countryless, match) : undefined;
  const isTimedFight = isTimedFightWith(tokens, match);
  const isDuring = isTimedFight || (match.pattern.isNoun && hasVerbEvent && (timedFight !== undefined || (lastBuiltinRoot !== undefined && (isInTimePhrase(tokens, index, isJourney ? 'journey' : 'act') || (lastCode === '015' && FORCE_ROOTS.has(match.pattern.code.slice(0, 2)))))));
  if (match.pattern.isNoun && hasVerbEvent && (!isDuring || (!isJourney && isTalkTopic(tokens, index, lastRoot)))) return undefined;
  // "met … to discuss" restates the meeting; "pledged aid to send…", "threatened to expel…" carry their content.
  // "flew to Moscow to broker a ceasefire" is an act of its own (045), not the visit restated.
  // "summoned Norway's envoy on Tuesday to protest": the protest is what the summons lodged (114), not a second act.
  const isRestated = tokens[index - 1]?.lemma === 'to' && (lastRoot === match.pattern.code.slice(0, 2) || (lastCode === '114' && match.pattern.code.startsWith('14'))) && match.pattern.code !== '045';
  // "launched an offensive to retake Fallujah from IS": the restated act may still name whom the first one was against.
  // "blocked a highway to protest against the government": the protest restated names whom the blockade was against.
  const isAiming = isRestated && (FORCE_ROOTS.has(lastRoot ?? '') || lastRoot === '14') && events.some((event) => event.trigger === lastTrigger && !event.target);
  // "Northland will be hosting Southmark to mark the harvest feast" (+ HOSTING * FEAST): a TABARI pattern reaching back over an
  // earlier trigger makes one event of both words, in place of the earlier one.
  const isAbsorbing = match.pattern.isExact === true && match.firstWord !== undefined && match.firstWord <= lastTrigger && lastTrigger < index;
  if (isAbsorbing) for (let at = events.length - 1; at >= 0; at--) if (events[at]?.trigger === lastTrigger) events.splice(at, 1);
  // "called for a withdrawal, prompting Trump to threaten Baghdad": an infinitive handed to a prompted actor is no content of the call.
  const prompted = promptedSubject(tokens, scope.groups, index);
  if (!isAbsorbing && tokens[index - 1]?.lemma === 'to' && ((isRestated && !isAiming) || (CONTENT_ROOTS.has(lastBuiltinRoot ?? '') && !prompted))) return undefined;
  // "an air strike that killed civilians": a relative clause restating an event noun is not coded again.
  if (RELATIVES.has(tokens[index - 1]?.lemma ?? '') && EVENT_NOUNS.has(tokens[index - 2]?.lemma ?? '') && !isUncodedBlastBefore(tokens, index - 1, (at) => events.some((event) => event.trigger === at))) return undefined;
  // "criticised Peru for sending warships", "accused the rebels of killing civilians": the reason for a judgement is
  // what the judging side says, not an event coded again.
  if (REASON_WORDS.has(tokens[index - 1]?.lemma ?? '') && tokens[index]?.text.endsWith('ing') && JUDGING_ROOTS.has(lastBuiltinRoot ?? '')) return undefined;
  // "warned Washington against sending warships", "urged Kiev against joining": what is warned against is the content, not an act.
  if (tokens[index - 1]?.lemma === 'against' && tokens[index]?.text.endsWith('ing') && CONTENT_ROOTS.has(lastBuiltinRoot ?? '')) return undefined;
  if (isComplementOfControlVerb(tokens, index, inMention, sentence.firstToken) || isNamingRelative(tokens, index) || isMeasureReach(tokens, index, lastRoot) || isTopicGerund(tokens, index)) return undefined;
  // "condemned the US decision to recognise Jerusalem": the act judged or rejected is the other side's plan, not an event.
  if (tokens[index - 1]?.lemma === 'to' && PLAN_NOUNS.has(tokens[index - 2]?.lemma ?? '') && (JUDGING_ROOTS.has(lastBuiltinRoot ?? '') || lastBuiltinRoot === '12')) return undefined;
  // "threatened Russia with consequences if it did not withdraw": the condition of a threat is not an event.
  // "warned it would strike Iran if Tehran attacked", "would keep blocking the bid unless Sweden extradited…": a condition
  // set on an act already coded has not happened.
  if ((lastBuiltinRoot === '13' || hasVerbEvent) && isInCondition(tokens, index, sentence.firstToken)) return undefined;
  if (isInAgreedTerms(tokens, index, sentence.firstToken)) return undefined;
  // "signed a decree lifting most American sanctions on Cuba": a noun already read as a word of a coded act is not a second act.
  if (match.pattern.isNoun && events.some((event) => event.trigger < index && index <= event.lastWord)) return undefined;
  if (foldThreatClause(events, match, lastBuiltinRoot, lastTrigger)) return undefined;
  // "to stop attacking US troops": stopping an act is not doing it; "demanded that Syria withdraw": a demand's content;
  // "tried to storm the parliament": an attempt (a user's dictionary, as PETRARCH's, may code attempts its own way).
  if (STOPPING.has(tokens[index - 1]?.lemma ?? '') || isDemandedAct(tokens, index, sentence.firstToken) || (match.pattern.isBuiltin && isAttemptedAct(tokens, index, sentence.firstToken, match.pattern.code))) return undefined;
  if (isIntentBeforeCodedVerb(tokens, index, match, sentence.lastToken, patterns)) return undefined;
  // "Turkey hit back by summoning the ambassador": hitting back with no one hit is retaliation, said by the means that follow.
  if (FORCE_ROOTS.has(match.pattern.code.slice(0, 2)) && tokens[match.lastWord + 1]?.lemma === 'back' && tokens[match.lastWord + 2]?.lemma !== 'at') return undefined;
  if (match.pattern.isBuiltin && hasInanimateObject(tokens, match.lastWord, FORCE_ROOTS.has(match.pattern.code.slice(0, 2)))) return undefined;
  if (match.pattern.isBuiltin && (isOtherSense({ tokens, match, index, sentenceStart: sentence.firstToken, sentenceEnd: sentence.lastToken }) || (!match.pattern.isNoun && isClaimContent(tokens, index, sentence.firstToken, match.firstWord)))) return undefined;
  // "agreed to host a US missile base", "will host the summit": hosting a thing is no visit received.
  if (tokens[index]?.lemma === 'host' && HOSTED_THINGS.has(headNounAfter(tokens, match.lastWord) ?? '')) return undefined;
  return { isJourney, isDuring: isDuring === true, isAiming, timedFight, isTimedFight, prompted };
}

/** Who does the trigger's act, and whether it is said in the passive. */
interface TriggerSubject {
  readonly subject: ActorGroup | undefined;
  readonly isPassive: boolean;
  readonly isDeath: boolean;
  /** "fired on farmers marching…": the protesting crowd is the object of the act before, not the sentence's doer. */
  readonly isCrowdInPassing: boolean;
  /** "phoned the Thai king to express sympathy": the subject was carried from the last event, whose object is this act's addressee. */
  readonly isPurposeOfLast: boolean;
  /** "…, and the two agreed to meet again": the subject is the pair of the act before, written as "the two" or "both". */
  readonly isPair: boolean;
}

function findTriggerSubject(scope: SentenceScope, match: TriggerMatch, index: number, { isDuring, isJourney, isTimedFight, prompted }: TriggerReading): TriggerSubject | undefined {
  const { tokens, sentence, groups, countryless, inMention, events, hasVerbEvent, lastSubject, lastTarget, isAfterForceNoun } = scope;
  const planted = participleAgent(tokens, groups, countryless, match);
  const isReduced = !planted && !isPassiveAt(tokens, index) && isReducedPassive(tokens, index, sentence.firstToken);
  const isDeath = isDeathVerb(tokens, match);
  const isPassive = !planted && (isReduced || isPassiveAt(tokens, index) || isDeath);
  // "an agreement forced on X by Y", "Angola's president, hosted by Portugal,": a reduced relative's subject is the noun right before it, if that is an actor.
  const isJoined = isCoordinated(tokens, index);
  const laterClause = !isReduced && lastSubject && isJoined ? laterClauseOf(tokens, groups, countryless, lastSubject.last, index) : undefined;
  let subject = isReduced
    ? groups.find((group) => group.last < index && group.last >= index - 3 && (onlyNounPhrase(tokens, group.last + 1, index - 1) || isAppositive(tokens, groups, group.last, index)))
    : laterClause ? laterClause.subject : (isDuring || isJoined) && lastSubject ? lastSubject : subjectOf(tokens, groups, countryless, index, sentence.firstToken, match.pattern.isBuiltin === true) ?? (match.pattern.isExact && match.firstWord !== undefined ? subjectOf(tokens, groups, countryless, match.firstWord, sentence.firstToken, false) : undefined);
  // "Guerrillas overran the garrison after a month of fighting with the army": with no act coded before, the clause's opener.
  if (isDuring && !subject && !lastSubject) subject = openingGroupOf(tokens, countryless ?? groups, sentence.firstToken, true);
  if (isTimedFight && !isFightingSide(subject)) subject = undefined;
  subject ??= purposeSubject(tokens, groups, countryless, index, sentence.firstToken, match.pattern.code, match.pattern.isBuiltin === true);
  // "Chile became the first Andean state to ratify…": not a demonym inside the ranked phrase.
  subject = firstToActSubject(tokens, groups, countryless, index, sentence.firstToken, match.pattern.isBuiltin === true) ?? subject;
  // "Duterte announced his separation from the US during a visit to Beijing": the visit is the sentence subject's.
  // "The French envoy said during a visit…", "A senior Thai official…": an article and adjectives keep the name the opener.
  if (match.pattern.isNoun && !hasVerbEvent && isInTimePhrase(tokens, index, isJourney ? 'journey' : 'act')) {
    const opening = openingGroupOf(tokens, groups, sentence.firstToken, true);
    if (opening && opening !== subject) subject = opening;
  }
  if (match.pattern.isNoun) subject = nounSubject(scope, match.pattern, index, isJourney, subject);
  subject = planted ?? tiedSubject(tokens, groups, countryless, subject, index) ?? subjectBeforeBacker(tokens, groups, subject, index) ?? relativeMoveMaker(tokens, index, lastSubject ?? scope.openingGroup) ?? subject;
  if (!lastSubject) subject = participleSubject(tokens, groups, subject, index, sentence.firstToken, scope.openingGroup);
  // "…, the governor said, appealing for calm": a spoken act after an attribution is the speaker's.
  if (!planted) subject = attributedSpeaker(tokens, groups, index, match.pattern.code, sentence.firstToken, lastSubject) ?? subject;
  subject ??= coordinatedSubject(tokens, groups, countryless, index, sentence.firstToken, HOME_MEASURES.has(match.pattern.code));
  // "Oslo said the talks had stalled and urged Moscow…": a spoken act after a report is the reporter's; "Lima issued a
  // statement urging…": with no coded subject of its own, a participle on a document is its issuer's.
  const hasOwnSubject = subject?.members.some((member) => member.code !== undefined) === true;
  subject = speakerAfterReport(tokens, groups, countryless, index, match.pattern.code, sentence.firstToken, hasOwnSubject) ?? (hasOwnSubject ? undefined : documentIssuer(tokens, groups, countryless, index, sentence.firstToken)) ?? subject;
  // "…, and the two leaders pledged more trade": the pair of the act before.
  const pair = twoSidesSubject(tokens, groups, index, sentence.firstToken, lastSubject, lastTarget);
  subject = pair ?? subject;
  subject ??= decreeSigner(tokens, groups, index, sentence.firstToken);
  // "The Venezuelan government and the opposition resumed talks": an unnamed partner joined to a named one is of its country.
  if (match.pattern.isSymmetric && subject?.members.length === 1) subject = withCountrylessPartners(countryless, subject) ?? subject;
  // "Peru claimed that they had fired first": a pronoun left unresolved is this verb's subject, so no actor is.
  if (subject && subject.last < index && hasOwnPronounSubject(tokens, index, subject.last, inMention)) subject = undefined;
  // "filed a case at the ICJ accusing Israel": a participle right after where something was done is the doer's, not the venue's.
  if (subject && subject.last === index - 1 && tokens[index]?.text.endsWith('ing') && isLocative(tokens, subject.first, VENUES)) subject = lastSubject ?? (groups[0]?.first === sentence.firstToken && groups[0] !== subject ? groups[0] : subject);
  // ", prompting Madrid to warn…": the prompted actor is the infinitive's subject, not an addressee the last act carries on to.
  subject = prompted ?? subject;
  const isPurposeOfLast = !prompted && isPurposeAfterObject(tokens, index, subject, lastSubject, lastTarget);
  if (isPurposeOfLast) subject = lastSubject;
  // "A Turkish air strike on a Syrian village killed four people": the toll of an attack noun is not the target's own act.
  if (subject && subject === lastTarget && isAfterForceNoun && FORCE_ROOTS.has(match.pattern.code.slice(0, 2))) return undefined;
  const crowd = protestingCrowd(tokens, countryless, groups, match, index);
  return { subject: crowd ?? subject, isPassive, isDeath, isCrowdInPassing: crowd !== undefined, isPurposeOfLast: isPurposeOfLast && isLastEventOf(events, scope.lastTrigger, lastSubject) && crowd === undefined, isPair: pair !== undefined && subject === pair && crowd === undefined };
}

/** Source and target once passives, slots and the rules on places, protests and meetings have had their say. */
interface TriggerSides {
  readonly source: ActorGroup | undefined;
  readonly target: ActorGroup | undefined;
  readonly isProtest: boolean;
  readonly isHomeProtest: boolean;
  readonly isUnaddressedStatement: boolean;
}

function findTriggerSides(scope: SentenceScope, match: TriggerMatch, index: number, { isAiming, isJourney }: TriggerReading, { subject, isPassive, isDeath, isPurposeOfLast }: TriggerSubject, { object, byGroup, naming }: TriggerObject): TriggerSides | undefined {
  const { tokens, sentence, groups, countryless, events, lastBuiltinRoot, lastTrigger } = scope;
  let source = subject;
  // "summoned Egypt's envoy to demand an answer", "phoned the Thai king to express sympathy": made to whom the summons or call was.
  let target = object ?? (isPurposeOfLast ? scope.lastTarget : undefined);
  // "the siege of a town in central Mali by the army": a noun event's agent may follow its object.
  const agentAfterObject = match.pattern.isNoun && !byGroup && object ? byAgent(tokens, groups, countryless, object.last) : undefined;
  // PETRARCH's dictionaries read a passive the other way round only with its "by" agent ("was criticized over X's dispute
  // with Y" stays X → Y); their `+ WAS * … $` patterns say the rest.
  const isReadBackwards = isPassive && (!match.pattern.isExact || byGroup !== undefined || hasByWithin(tokens, match.lastWord + 1, match.lastWord + 5));
  if (isReadBackwards || (match.pattern.isNoun && (byGroup ?? agentAfterObject))) {
    source = byGroup ?? agentAfterObject ?? (match.pattern.isNoun ? subject : undefined);
    // "Sanctions were imposed on Iran by the UN": with no actor as the passive's subject, the pattern's own target.
    target = isPassive ? subject ?? (match.preposition !== undefined && object !== byGroup ? object : undefined) ?? passiveMoveMaker(tokens, index, match.pattern.code, scope.lastSubject ?? scope.openingGroup) : object;
    // "announced its withdrawal during a visit by Netanyahu": the visitor came to the sentence's subject.
    if (!isPassive && !target && subject !== source && VISIT.test(match.pattern.code)) target = subject;
  }
  if (match.pattern.isReversed) [source, target] = [target, source];
  // "survived an assassination attempt in Tripoli": where an attack suffered took place is not who made it.
  if (match.pattern.isReversed && source && FORCE_ROOTS.has(match.pattern.code.slice(0, 2)) && isLocative(tokens, source.first)) source = undefined;
  if (match.pattern.needsArmedSource && !isArmed(source)) return undefined;
  // A TABARI pattern's `$` and `+` say outright who is who, passive or not.
  const slotted = match.slots ? fillPatternSlots(tokens, groups, match, sentence.firstToken) : undefined;
  if (slotted?.source) source = slotted.source;
  if (slotted?.target) target = slotted.target;
  // "Gondor noted Mordor regretted…" (NOTED + *): a slot took the verb's own subject, so the other actor is the one before the pattern.
  const outer = slotted && source === target && match.firstWord !== undefined ? subjectOf(tokens, groups, countryless, match.firstWord, sentence.firstToken, false) : undefined;
  if (outer && slotted?.target) source = outer;
  else if (outer) target = outer;
  // "Chile said a shell was fired at it from Bolivian soil": with no "by", a passive attack's source is where it came from.
  if (isPassive && !byGroup && FORCE_ROOTS.has(match.pattern.code.slice(0, 2))) {
    // "was killed in an Israeli strike": the attack noun's actor is the agent.
    source = groupAfterWord(tokens, groups, match.lastWord, 'from') ?? attackerInNoun(tokens, groups, countryless, match.lastWord) ?? source;
    target ??= SPEAKER_OBJECTS.has(tokens[(match.preposition ?? match.lastWord) + 1]?.lemma ?? '') ? reportingSpeaker(tokens, groups, index, sentence.firstToken) : undefined;
  }
  if (isDeath && (!source || source === target || isLeftToAttackNoun(tokens, match.lastWord, target))) return undefined;
  // "Boko Haram launched attacks in northeastern Nigeria": an attack with no one named as hit is on the place.
  // "Troops and rebels fought near Goma": two sides fighting each other fight there, not the place.
  const isMutual = match.pattern.isSymmetric === true && (source?.members.length ?? 0) >= 2;
  const placeFrom = naming ?? match.lastWord;
  if (!isPassive && source && !target && FORCE_ROOTS.has(match.pattern.code.slice(0, 2))) target = possessorTarget(tokens, groups, match, sentence.firstToken, source);
  if (!isPassive && source && !target && !isMutual && FORCE_ROOTS.has(match.pattern.code.slice(0, 2))) target = groups.find((group) => group.first > placeFrom && group.first <= placeFrom + TARGET_GAP && isLocative(tokens, group.first) && !hasBreak(tokens, placeFrom, group.first));
  if (!isPassive && source && !target) target = peopleNamedByRow(tokens, match, source);
  if (target && !isPassive) target = stateRoleAtPlace(tokens, groups, target) ?? stateRoleGroupOfSource(tokens, source, target) ?? target;
  if (match.pattern.isBuiltin) {
    source = rulerOfMeasure(match.pattern.code, source, target);
    target = homeOfMeasure(match.pattern.code, source, target);
    target = deploymentPlace(tokens, groups, match, source, target);
  }
  // "Police arrested a man suspected of planning an attack in Paris": a group with no country reaches only its own clause's object.
  if (!isPassive && source?.members.every((member) => member.isCountryless) && target && target.first > match.lastWord && hasVerbBetween(tokens, Math.max(match.lastWord, match.preposition ?? -1), target.first)) target = undefined;
  // "The Kremlin denied that Russian warplanes had struck…": what is denied did not happen, by the speaker's account.
  const isProtest = match.pattern.isBuiltin === true && match.pattern.code.startsWith('14') && !isPassive;
  // "Thousands of Sudanese marched in Khartoum": a protest at home names no target by its place.
  const isHomeProtest = isProtest && source !== undefined && target !== undefined && isLocative(tokens, target.first) && isOwnCountry(source, target);
  if (isHomeProtest) target = undefined;
  const isUnaddressedStatement = match.pattern.isBuiltin === true && isUnaddressed(match.pattern.code, source, target, match.pattern.phrase);
  if (isUnaddressedStatement) target = undefined;
  // "marched … to demand that the president step down": whom the demand is made of is whom the protest is against.
  if (isAiming || (tokens[index - 1]?.lemma === 'to' && lastBuiltinRoot === '14' && match.pattern.code.startsWith('10'))) {
    if (target && match.pattern.code !== '1053') {
      aimUntargeted(events, lastTrigger, target);
      // "to retake Menaka from Islamic State": the attacker's own town is no aim (aimUntargeted skips it); whom it is taken from is.
      const from = groupAfterWord(tokens, groups, target.last, 'from');
      if (from) aimUntargeted(events, lastTrigger, from);
    }
    return undefined;
  }
  // "ahead of the trip to Barcelona": a journey named as a noun with no traveller found codes nothing (sports pages are full of them).
  if (isJourney && match.pattern.isNoun && source?.members.some((member) => member.code !== undefined) !== true) return undefined;
  if (((isMeetingNounWith(match.pattern) || match.pattern.needsTarget === true) && !isCoded(target)) || ((isMeetingNounWith(match.pattern) || match.pattern.needsSource === true) && !isCoded(source))) return undefined;
  return { source, target, isProtest, isHomeProtest, isUnaddressedStatement };
}

/** The trigger's events, one per pair of sides not coded yet, and what the next trigger needs to know of them. */
function addEvents(scope: SentenceScope, match: TriggerMatch, index: number, { isTimedFight }: TriggerReading, { subject, isPassive, isCrowdInPassing, isPair }: TriggerSubject, { between, isReciprocal }: TriggerObject, { source, target, isProtest, isHomeProtest, isUnaddressedStatement }: TriggerSides): void {
  const { tokens, sentence, groups, inMention, consumed, coded, events } = scope;
  const modality = subject && isDeniedClause(tokens, subject.first) ? 'denied' : findModality(tokens, subject?.last ?? sentence.firstToken - 1, index, sentence.firstToken);
  // "mediated talks between Israel and Hamas": the mediator towards each side of the pair.
  const pairs = between ? (MEDIATION.test(match.pattern.code) && source ? pairUp(source, between, false) : pairUp(between, undefined, true)) : pairUp(source, target, match.pattern.isSymmetric === true || isReciprocal || (isPair && !target && isJointIntent(match.pattern.code)));
  const stance = match.pattern.isBuiltin ? stanceCode(tokens, subject?.last ?? sentence.firstToken - 1, index, match.pattern.code) ?? agreeToCode(tokens, index, match) : undefined;
  if (stance === '') return;
  const isTargetless = isUnaddressedStatement || (!target && !between && isProtest && (isHomeProtest || isWithoutTarget(tokens, index, match.lastWord, sentence.lastToken)) && source?.members.every((member) => member.code !== undefined && !member.isSpeakerPronoun) === true);
  // The refinements read CAMEO's codes, so a user's row keeps the code it gives: its file may code in a scheme of its own.
  const code = stance ?? (match.pattern.isBuiltin ? refinedCode(scope, match, index, subject, source, target) : undefined);
  const isSourceUnknown = !between && isDoerUnknown(tokens, match, sentence.firstToken, () => isMishap(scope), source, target, isPassive);
  const base = { pattern: match.pattern, trigger: index, lastWord: match.lastWord, modality, isPassive, ...(code ? { code } : {}), ...(isTargetless ? { isTargetless } : {}), ...(isSourceUnknown ? { isSourceUnknown } : {}) };
  for (const [from, to] of pairs) {
    // "raided the camp, killing nine Palestinians": the same act between the same actors is coded once per sentence.
    if (!isNewCoding(coded, base.code ?? match.pattern.code, from, to)) continue;
    // "a visit by Japan's prime minister" paired with Japan itself: no one visits their own country (PETRARCH's test
    // dictionaries, coding Mordor's army hosting in Mordor as a visit, keep theirs).
    if (match.pattern.isBuiltin && VISIT.test(match.pattern.code) && isHomeVisit(from, to)) continue;
    events.push({ ...base, ...(from ? { source: from } : {}), ...(to ? { target: to } : {}) });
    // "after a week of fighting with the army": a timed fight is coded both ways, as the verb rows code "fought with".
    const reverseCode = match.pattern.reverseCode ?? (isTimedFight || isMutualWithPartner(tokens, match, base.code ?? match.pattern.code, target, from, to) ? base.code ?? match.pattern.code : undefined);
    if (reverseCode && from && to && target && isNewCoding(coded, reverseCode, to, from)) events.push({ ...base, code: reverseCode, source: to, target: from });
  }
  // "rejected a demand by Moscow that Kyiv withdraw": the demand rejected was made, by its maker of the that-clause's subject.
  // "sent troops at the request of Baghdad": the act answered a request by Baghdad.
  const demand = match.pattern.isBuiltin ? madeDemand(tokens, groups, match.words) ?? answeredRequest(tokens, groups, match, isPassive ? undefined : source) ?? requestedAct(tokens, groups, match.lastWord, sentence, isPassive || match.pattern.isNoun ? undefined : source) : undefined;
  if (demand) for (const [from, to] of pairUp(demand.maker, demand.addressee, false)) if (isNewCoding(coded, demand.code, from, to)) events.push({ ...base, code: demand.code, rule: `${demand.code}:${demand.code.startsWith('10') ? 'demand' : 'call'}-by`, ...(from ? { source: from } : {}), ...(to ? { target: to } : {}) });
  if (pairs.length > 0 && !match.pattern.isNoun) scope.hasVerbEvent = true;
  // "…, killing three": a later participle is the doer's of the main clause, not the crowd's.
  if (subject && !isCrowdInPassing) scope.lastSubject = subject;
  if (pairs.length > 0) scope.lastRoot = match.pattern.code.slice(0, 2);
  if (target) scope.lastTarget = target;
  if (pairs.length > 0) scope.lastTrigger = index;
  scope.isAfterForceNoun = pairs.length > 0 && match.pattern.isNoun === true && FORCE_ROOTS.has(match.pattern.code.slice(0, 2));
  // Roots of user dictionaries (PETRARCH's test codes) mean nothing to the CAMEO rules above.
  if (pairs.length > 0) scope.lastBuiltinRoot = match.pattern.isBuiltin ? scope.lastRoot : undefined;
  if (pairs.length > 0) scope.lastCode = code ?? match.pattern.code;
  for (const word of match.words) if (!hasMentionBetween(inMention, index, word)) consumed.add(word);
}

/** A built-in row's code as the act's shape refines it: a toll's attack, territory taken (192), the means of force, the target. */
function refinedCode(scope: SentenceScope, match: TriggerMatch, index: number, subject: ActorGroup | undefined, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  const { tokens, sentence } = scope;
  return assassinationCode(tokens, match, source, target, () => isMishap(scope), sentence.lastToken) ?? tollCode(tokens, index, subject, scope) ?? bombingCode(tokens, match, subject, sentence.firstToken) ?? vehicleBombCode(tokens, match, subject, sentence.firstToken) ?? (takenCode(tokens, match, source, target) ?? meansCode(tokens, match, subject, sentence.firstToken) ?? weaponDamageCode(tokens, match, subject, sentence.firstToken) ?? assaultCode(tokens, match, source, target) ?? exitCode(tokens, match, source, target) ?? homeDeploymentCode(tokens, match, source, target));
}

const MEDIATION = /^045/;

/** The compound around a lone named subject in the groups that keep unnamed agents, those given the named one's country. */
function withCountrylessPartners(countryless: readonly ActorGroup[] | undefined, subject: ActorGroup): ActorGroup | undefined {
  const named = subject.members[0];
  const country = named?.code?.slice(0, 3);
  const group = countryless?.find((candidate) => candidate.members.includes(named as ActorMention) && candidate.members.length > 1);
  if (!group || !isStateCountry(country)) return undefined;
  return withCountry(group, country);
}

/** "helped Moscow repel": a verb past an actor is a predicate of its own, so the pattern does not use it up. */
function hasMentionBetween(inMention: ReadonlySet<number>, from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) if (inMention.has(index)) return true;
  return false;
}

/**
 * "Angola's president, hosted by Portugal,": a participle set off by a comma right after an actor, with an actor heading
 * its "by" phrase ("backed by Russian air strikes" names no one who backed).
 */
function isAppositive(tokens: readonly Token[], groups: readonly ActorGroup[], actorEnd: number, trigger: number): boolean {
  if (actorEnd !== trigger - 2 || tokens[trigger - 1]?.text !== ',' || tokens[trigger + 1]?.lemma !== 'by') return false;
  const agent = groupAfter(tokens, groups, trigger + 1, 2, true);
  const next = agent ? tokens[agent.last + 1] : undefined;
  return agent !== undefined && next?.pos !== 'NOUN' && next?.pos !== 'PROPN';
}

const HOSTED_THINGS = new Set(['base', 'summit', 'conference', 'games', 'olympics', 'tournament', 'cup', 'festival', 'exhibition', 'forum', 'shield', 'system', 'facility', 'radar']);

const VENUES = new Set(['at', 'in', 'before']);

const CONTENT_ROOTS = new Set(['02', '03', '10', '12', '13']);
const REASON_WORDS = new Set(['for', 'of']);
const PLAN_NOUNS = new Set(['decision', 'plan', 'move', 'bid', 'attempt', 'proposal', 'threat', 'offer', 'call', 'order', 'refusal', 'failure']);

const STOPPING = new Set(['stop', 'cease', 'halt', 'quit']);

const SPEAKER_OBJECTS = new Set(['it', 'its', 'them', 'their', 'us', 'our']);

const VISIT = /^042/;

/** Visiting one's own country or a place in it; a junta chief visiting a jailed leader of the same country still visits. */
function isHomeVisit(from: ActorMention | undefined, to: ActorMention | undefined): boolean {
  const country = from?.code?.slice(0, 3);
  return isStateCountry(country) && to?.code === country;
}

function hasByWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (tokens[index]?.lemma === 'by') return true;
  return false;
}
