/** The fourth step of `codeTrigger`, after `findTriggerObject`: the event's source and target from its subject and object. */

import type { Token } from '../../model/token.ts';
import { isOwnCountry, type ActorGroup } from './actor-groups.ts';
import { reportingSpeaker } from './reporting-speaker.ts';
import { hasBreak, hasVerbBetween, isLocative } from './clause-shape.ts';
import { attackRelativeOwner } from './attack-relative.ts';
import { attackerInNoun, byAgent, groupAfterWord } from './find-agents.ts';
import { possessorTarget } from './possessor-target.ts';
import { isAppealToAnyone, isUnaddressed } from './unaddressed-statement.ts';
import { homeOfMeasure, rulerOfMeasure } from './home-measure.ts';
import { passiveMoveMaker } from './judged-move.ts';
import { subjectOf } from './find-subject.ts';
import { isArmed, isLeftToAttackNoun } from './force-agents.ts';
import { deploymentPlace } from './deployment-place.ts';
import { fillPatternSlots } from './fill-pattern-slots.ts';
import { TARGET_GAP, type TriggerObject } from './find-trigger-object.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { isCoded, isMeetingNounWith } from './meeting-noun.ts';
import { aimUntargeted } from './sentence-codings.ts';
import { stateRoleAtPlace } from './state-role-at-place.ts';
import { stateRoleGroupOfSource } from './state-role-of-source.ts';
import { peopleNamedByRow } from './people-named-by-row.ts';
import { aimedPastOwnSide } from './own-side-complement.ts';
import type { SentenceScope } from './code-sentence.ts';
import type { TriggerReading } from './read-trigger.ts';
import type { TriggerSubject } from './find-trigger-subject.ts';

/** Source and target once passives, slots and the rules on places, protests and meetings have had their say. */
export interface TriggerSides {
  readonly source: ActorGroup | undefined;
  readonly target: ActorGroup | undefined;
  readonly isProtest: boolean;
  readonly isHomeProtest: boolean;
  readonly isUnaddressedStatement: boolean;
}

export function findTriggerSides(scope: SentenceScope, match: TriggerMatch, index: number, { isAiming, isJourney, isForce }: TriggerReading, { subject, isPassive, isDeath, isPurposeOfLast }: TriggerSubject, { object, byGroup, naming }: TriggerObject): TriggerSides | undefined {
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
  if (match.pattern.isReversed && source && isForce && isLocative(tokens, source.first)) source = undefined;
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
  if (isPassive && !byGroup && isForce) {
    // "was killed in an Israeli strike": the attack noun's actor is the agent.
    // "an Israeli raid in which three gunmen were killed": the raid's owner.
    source = groupAfterWord(tokens, groups, match.lastWord, 'from') ?? attackerInNoun(tokens, groups, countryless, match.lastWord) ?? attackRelativeOwner(tokens, groups, index, sentence.firstToken, true) ?? source;
    target ??= SPEAKER_OBJECTS.has(tokens[(match.preposition ?? match.lastWord) + 1]?.lemma ?? '') ? reportingSpeaker(tokens, groups, index, sentence.firstToken) : undefined;
  }
  if (isDeath && (!source || source === target || isLeftToAttackNoun(tokens, match.lastWord, target))) return undefined;
  // "Boko Haram launched attacks in northeastern Nigeria": an attack with no one named as hit is on the place.
  // "Troops and rebels fought near Goma": two sides fighting each other fight there, not the place.
  const isMutual = match.pattern.isSymmetric === true && (source?.members.length ?? 0) >= 2;
  const placeFrom = naming ?? match.lastWord;
  if (!isPassive && source && !target && isForce) target = possessorTarget(tokens, groups, match, sentence.firstToken, source);
  if (!isPassive && source && !target && !isMutual && isForce) target = groups.find((group) => group.first > placeFrom && group.first <= placeFrom + TARGET_GAP && isLocative(tokens, group.first) && !hasBreak(tokens, placeFrom, group.first));
  if (!isPassive && source && !target) target = peopleNamedByRow(tokens, match, source);
  if (target && !isPassive) target = stateRoleAtPlace(tokens, groups, target) ?? stateRoleGroupOfSource(tokens, source, target) ?? target;
  if (match.pattern.isBuiltin) {
    // "Peru warned that Lima would respond if Chile…": a warning about the speaker's own side is aimed at the other side
    // in its condition (threats and warnings, 13, whose complement tells what the speaker's side will do).
    if (!isPassive) target = aimedPastOwnSide(tokens, groups, match.pattern.code, source, target, sentence.lastToken) ?? target;
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
  const isUnaddressedStatement = match.pattern.isBuiltin === true && (isUnaddressed(match.pattern.code, source, target, match.pattern.phrase) || isAppealToAnyone(tokens, match.pattern.code, index, source, target));
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

const SPEAKER_OBJECTS = new Set(['it', 'its', 'them', 'their', 'us', 'our']);

export const VISIT = /^042/;

function hasByWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (tokens[index]?.lemma === 'by') return true;
  return false;
}
