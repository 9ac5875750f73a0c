/** The first step of `codeTrigger`: how a trigger stands to the events coded before it in its sentence, or that it codes nothing. */

import type { ActorGroup } from './actor-groups.ts';
import { hasInanimateObject, isNamingRelative, isDemandedAct, isInTimePhrase } from './clause-shape.ts';
import { EVENT_NOUNS, RELATIVES } from './find-agents.ts';
import { isInAgreedTerms, isInCondition } from './condition-clause.ts';
import { isComplementOfControlVerb } from './control-verb-complement.ts';
import { isAttemptedAct } from './attempted-act.ts';
import { isMeasureReach } from './measure-reach.ts';
import { JUDGING_ROOTS } from './judged-move.ts';
import { promptedSubject } from './prompted-response.ts';
import { isTalkTopic, isTopicGerund } from './force-agents.ts';
import { isClaimContent } from './claim-content.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { timedFightPair } from './between-pair.ts';
import { isTimedFightWith } from './timed-fight-with.ts';
import { foldThreatClause } from './threat-clause.ts';
import { isOtherSense } from './other-sense.ts';
import { headNounAfter } from './object-head.ts';
import { namedActOwner } from './named-act-owner.ts';
import { FORCE_ROOTS, isIntentBeforeCodedVerb } from './stance-code.ts';
import { isUncodedBlastBefore } from './unknown-doer.ts';
import { isActorsThing } from './actors-thing.ts';
import type { SentenceScope } from './code-sentence.ts';

/** How a trigger stands to the events coded before it in the sentence; undefined when that rules it out. */
export interface TriggerReading {
  readonly isJourney: boolean;
  readonly isDuring: boolean;
  readonly isAiming: boolean;
  /** "imposed a curfew after clashes between police and students": the pair of a fight coded beside the act it dates. */
  readonly timedFight: ActorGroup | undefined;
  /** "captured the port after weeks of fighting with the army" (`isTimedFightWith`). */
  readonly isTimedFight: boolean;
  /** ", prompting Madrid to warn…": the actor a prompting participle hands the infinitive to (`promptedSubject`). */
  readonly prompted: ActorGroup | undefined;
  /** Whether the pattern's root is a use of force (`FORCE_ROOTS`): asked once per trigger, not by each step. */
  readonly isForce: boolean;
  /** The doer an attack noun after a verb event names before itself ("the Peruvian raid on…"), its subject (`namedActOwner`). */
  readonly actOwner: ActorGroup | undefined;
  /** Whether the trigger is such an attack noun, told in passing: the acts after it still carry on from the verb's. */
  readonly isNamedAside: boolean;
}

export function readTrigger(scope: SentenceScope, match: TriggerMatch, index: number): TriggerReading | undefined {
  const { tokens, sentence, patterns, inMention, events, hasVerbEvent, lastRoot, lastBuiltinRoot, lastTrigger, lastCode } = scope;
  const isForce = FORCE_ROOTS.has(match.pattern.code.slice(0, 2));
  // "held talks with Okafor during a brief visit to Lagos": a noun event in a time phrase is the subject's too.
  // "claimed responsibility for the rocket strikes on two refineries": the attack claimed is the claimant's act too.
  const isJourney = match.pattern.code === '042';
  // PETRARCH's test dictionaries code no journey after their own verbs ("…during a brief trip to Eriador").
  const timedFight = match.pattern.isNoun && hasVerbEvent ? timedFightPair(tokens, scope.groups, scope.countryless, match) : undefined;
  const isTimedFight = isTimedFightWith(tokens, match);
  const isDuring = isTimedFight || (match.pattern.isNoun && hasVerbEvent && (timedFight !== undefined || (lastBuiltinRoot !== undefined && (isInTimePhrase(tokens, index, isJourney ? 'journey' : 'act') || (lastCode === '015' && isForce)))));
  // "Freedonia deplored the Ruritanian raid on a clinic", "…Ruritania's expulsion of its envoy": an event noun naming its own
  // doer (or, for talks, both sides after "between") is an act of its own (`namedActOwner`).
  const owner = match.pattern.isNoun && hasVerbEvent && !isDuring ? namedActOwner(tokens, scope.groups, scope.countryless, match, index, lastTrigger, isForce, { subject: scope.lastSubject, target: scope.lastTarget, root: lastRoot }) : undefined;
  if (match.pattern.isNoun && hasVerbEvent && ((!isDuring && !owner) || (!isJourney && isTalkTopic(tokens, index, lastRoot)))) return undefined;
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
  if (isForce && tokens[match.lastWord + 1]?.lemma === 'back' && tokens[match.lastWord + 2]?.lemma !== 'at') return undefined;
  // "rejected a report by UN experts": rejecting a thing an actor is named in is rejecting that actor.
  if (match.pattern.isBuiltin && hasInanimateObject(tokens, match.lastWord, isForce) && !(match.pattern.code.startsWith('12') && isActorsThing(tokens, scope.groups, match.lastWord))) return undefined;
  if (match.pattern.isBuiltin && (isOtherSense({ tokens, match, index, sentenceStart: sentence.firstToken, sentenceEnd: sentence.lastToken }) || (!match.pattern.isNoun && isClaimContent(tokens, index, sentence.firstToken, match.firstWord)))) return undefined;
  // "agreed to host a US missile base", "will host the summit": hosting a thing is no visit received.
  if (tokens[index]?.lemma === 'host' && HOSTED_THINGS.has(headNounAfter(tokens, match.lastWord) ?? '')) return undefined;
  return { isJourney, isDuring: isDuring === true, isAiming, timedFight, isTimedFight, prompted, isForce, actOwner: owner === true ? undefined : owner, isNamedAside: owner !== undefined };
}

const HOSTED_THINGS = new Set(['base', 'summit', 'conference', 'games', 'olympics', 'tournament', 'cup', 'festival', 'exhibition', 'forum', 'shield', 'system', 'facility', 'radar']);

const CONTENT_ROOTS = new Set(['02', '03', '10', '12', '13']);
const REASON_WORDS = new Set(['for', 'of']);
const PLAN_NOUNS = new Set(['decision', 'plan', 'move', 'bid', 'attempt', 'proposal', 'threat', 'offer', 'call', 'order', 'refusal', 'failure']);

const STOPPING = new Set(['stop', 'cease', 'halt', 'quit']);
