/** The second step of `codeTrigger`: who does the trigger's act, and whether it is said in the passive. */

import type { Token } from '../../model/token.ts';
import { openingGroupOf, withCountry, type ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { hasOwnPronounSubject, isCoordinated, isInTimePhrase, isLocative, isPassiveAt, isReducedPassive, onlyNounPhrase } from './clause-shape.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { HOME_MEASURES } from './home-measure.ts';
import { relativeMoveMaker } from './judged-move.ts';
import { firstToActSubject, subjectOf } from './find-subject.ts';
import { coordinatedSubject } from './coordinated-subject.ts';
import { laterClauseOf } from './later-clause-conjunct.ts';
import { attributedSpeaker } from './attributed-participle.ts';
import { twoSidesSubject } from './two-sides-subject.ts';
import { speakerAfterReport } from './speaker-after-report.ts';
import { documentIssuer } from './issued-document.ts';
import { isDeathVerb, participleAgent, subjectBeforeBacker } from './force-agents.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { isFightingSide } from './timed-fight-with.ts';
import { nounSubject } from './noun-subject.ts';
import { protestingCrowd } from './protesting-crowd.ts';
import { isLastEventOf, isPurposeAfterObject, purposeSubject } from './purpose-infinitive.ts';
import { decreeSigner } from './signed-decree.ts';
import { tiedSubject } from './tied-subject.ts';
import { participleSubject } from './participle-subject.ts';
import { attackRelativeOwner } from './attack-relative.ts';
import { isStateCountry } from './agent-roles.ts';
import type { SentenceScope } from './code-sentence.ts';
import type { TriggerReading } from './read-trigger.ts';

/** Who does the trigger's act, and whether it is said in the passive. */
export interface TriggerSubject {
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

export function findTriggerSubject(scope: SentenceScope, match: TriggerMatch, index: number, { isDuring, isJourney, isTimedFight, prompted, isForce, actOwner }: TriggerReading): TriggerSubject | undefined {
  const { tokens, sentence, groups, countryless, inMention, events, hasVerbEvent, lastSubject, lastTarget, isAfterForceNoun } = scope;
  const planted = participleAgent(tokens, groups, countryless, match);
  // "was ready to talk": a copula before an adjective row's trigger makes no passive.
  const isActive = planted !== undefined || match.pattern.isAdjective === true;
  const isReduced = !isActive && !isPassiveAt(tokens, index) && isReducedPassive(tokens, index, sentence.firstToken);
  const isDeath = isDeathVerb(tokens, match);
  const isPassive = !isActive && (isReduced || isPassiveAt(tokens, index) || isDeath);
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
  // "an Israeli air strike on a school that killed 30 people": an attack noun's owner does what its relative clause tells.
  if (!isPassive && isForce) subject = attackRelativeOwner(tokens, groups, index, sentence.firstToken, false) ?? subject;
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
  if (subject && subject === lastTarget && isAfterForceNoun && isForce) return undefined;
  // "Freedonia deplored the Ruritanian shelling of…": the owner the attack noun names is its doer, not the clause's subject.
  subject = actOwner ?? subject;
  const crowd = protestingCrowd(tokens, countryless, groups, match, index);
  return { subject: crowd ?? subject, isPassive, isDeath, isCrowdInPassing: crowd !== undefined, isPurposeOfLast: isPurposeOfLast && isLastEventOf(events, scope.lastTrigger, lastSubject) && crowd === undefined, isPair: pair !== undefined && subject === pair && crowd === undefined };
}

/** The compound around a lone named subject in the groups that keep unnamed agents, those given the named one's country. */
function withCountrylessPartners(countryless: readonly ActorGroup[] | undefined, subject: ActorGroup): ActorGroup | undefined {
  const named = subject.members[0];
  const country = named?.code?.slice(0, 3);
  const group = countryless?.find((candidate) => candidate.members.includes(named as ActorMention) && candidate.members.length > 1);
  if (!group || !isStateCountry(country)) return undefined;
  return withCountry(group, country);
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

const VENUES = new Set(['at', 'in', 'before']);
