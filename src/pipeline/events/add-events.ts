/** The last step of `codeTrigger`: the events of one trigger, their codes refined, and what the next trigger needs to know of them. */

import type { ActorGroup } from './actor-groups.ts';
import { hasVerbBetween, isDeniedClause, isWithoutTarget } from './clause-shape.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { madeDemand } from './find-agents.ts';
import { findModality } from './find-modality.ts';
import { pairUp } from './pair-up.ts';
import { requestedAct } from './requested-act.ts';
import { isJointIntent } from './two-sides-subject.ts';
import { answeredRequest } from './answered-request.ts';
import { assaultCode, meansCode } from './force-means.ts';
import { exitCode } from './body-exit.ts';
import { homeDeploymentCode } from './home-deployment.ts';
import type { TriggerObject } from './find-trigger-object.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { takenCode } from './taken-code.ts';
import { isMutualWithPartner } from './mutual-partner.ts';
import { isNewCoding } from './sentence-codings.ts';
import { agreeToCode, stanceCode } from './stance-code.ts';
import { tollCode } from './toll-participle.ts';
import { weaponDamageCode } from './weapon-damage.ts';
import { vehicleBombCode } from './vehicle-bomb.ts';
import { assassinationCode, bombingCode, hasMishapIn, isDoerUnknown } from './unknown-doer.ts';
import { isStateCountry } from './agent-roles.ts';
import type { SentenceScope } from './code-sentence.ts';
import { MODAL_VERBS } from './modal-verbs.ts';
import type { TriggerReading } from './read-trigger.ts';
import type { TriggerSubject } from './find-trigger-subject.ts';
import { VISIT, type TriggerSides } from './find-trigger-sides.ts';

/** The trigger's events, one per pair of sides not coded yet, and what the next trigger needs to know of them. */
export function addEvents(scope: SentenceScope, match: TriggerMatch, index: number, { isTimedFight, isForce, isNamedAside }: TriggerReading, { subject, isPassive, isCrowdInPassing, isPair }: TriggerSubject, { between, isReciprocal }: TriggerObject, { source, target, isProtest, isHomeProtest, isUnaddressedStatement }: TriggerSides): void {
  const { tokens, sentence, groups, inMention, consumed, coded, events } = scope;
  // "condemned the Ruritanian raid on Tubas and urged the UN…": an attack told in passing needs its target inside its own
  // phrase; past a verb, the actor is the later clause's, and the noun stays uncoded as before. "warned that a Ruritanian
  // strike on Freedonia could start a war": an attack a modal follows (by lemma, so "won't" and "'ll" too) is one
  // imagined. Talks told in passing name their pair after "between" instead.
  if (isNamedAside && !between && (!target || hasVerbBetween(tokens, match.lastWord, target.first) || MODAL_VERBS.has(tokens[target.last + 1]?.lemma ?? ''))) return;
  // "may condemn the Ruritanian raid on…": the verb's modal is the verb's; the attack told in passing is told as done.
  const modality = isNamedAside ? 'happened' : subject && isDeniedClause(tokens, subject.first) ? 'denied' : findModality(tokens, subject?.last ?? sentence.firstToken - 1, index, sentence.firstToken);
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
    // "was ready to host the two delegations" (036), "would not visit Islamabad" (120): an act recoded as an intent or a
    // refusal brings no guest, so no visit the other way.
    const reverseCode = (stance === undefined ? match.pattern.reverseCode : undefined) ?? (isTimedFight || isMutualWithPartner(tokens, match, base.code ?? match.pattern.code, target, from, to) ? base.code ?? match.pattern.code : undefined);
    if (reverseCode && from && to && target && isNewCoding(coded, reverseCode, to, from)) events.push({ ...base, code: reverseCode, source: to, target: from });
  }
  // "mediated talks between Iran and the US": the pair held the talks too, each with the other (046), at the talks noun.
  const talks = MEDIATION.test(match.pattern.code) && between && stance === undefined && modality === 'happened' ? match.words.find((word) => TALKS.has(tokens[word]?.lemma ?? '')) : undefined;
  if (talks !== undefined && between) for (const [from, to] of pairUp(between, undefined, true)) if (isNewCoding(coded, NEGOTIATION, from, to)) events.push({ ...base, code: NEGOTIATION, rule: '046:mediated-talk-between', trigger: talks, lastWord: talks, ...(from ? { source: from } : {}), ...(to ? { target: to } : {}) });
  // "rejected a demand by Moscow that Kyiv withdraw": the demand rejected was made, by its maker of the that-clause's subject.
  // "sent troops at the request of Baghdad": the act answered a request by Baghdad.
  const demand = match.pattern.isBuiltin ? madeDemand(tokens, groups, match.words) ?? answeredRequest(tokens, groups, match, isPassive ? undefined : source) ?? requestedAct(tokens, groups, match.lastWord, sentence, isPassive || match.pattern.isNoun ? undefined : source) : undefined;
  if (demand) for (const [from, to] of pairUp(demand.maker, demand.addressee, false)) if (isNewCoding(coded, demand.code, from, to)) events.push({ ...base, code: demand.code, rule: `${demand.code}:${demand.code.startsWith('10') ? 'demand' : 'call'}-by`, ...(from ? { source: from } : {}), ...(to ? { target: to } : {}) });
  // "Abbas condemned the Ruritanian raid on Tubas and urged the UN…": an attack told in passing leaves the clause's
  // subject, target and last act to the verbs after it.
  if (isNamedAside) {
    for (const word of match.words) if (!hasMentionBetween(inMention, index, word)) consumed.add(word);
    return;
  }
  if (pairs.length > 0 && !match.pattern.isNoun) scope.hasVerbEvent = true;
  // "…, killing three": a later participle is the doer's of the main clause, not the crowd's.
  if (subject && !isCrowdInPassing) scope.lastSubject = subject;
  if (pairs.length > 0) scope.lastRoot = match.pattern.code.slice(0, 2);
  if (target) scope.lastTarget = target;
  if (pairs.length > 0) scope.lastTrigger = index;
  scope.isAfterForceNoun = pairs.length > 0 && match.pattern.isNoun === true && isForce;
  // Roots of user dictionaries (PETRARCH's test codes) mean nothing to the CAMEO rules above.
  if (pairs.length > 0) scope.lastBuiltinRoot = match.pattern.isBuiltin ? scope.lastRoot : undefined;
  if (pairs.length > 0) scope.lastCode = code ?? match.pattern.code;
  for (const word of match.words) if (!hasMentionBetween(inMention, index, word)) consumed.add(word);
}

/** A built-in row's code as the act's shape refines it: a toll's attack, territory taken (192), the means of force, the target. */
function refinedCode(scope: SentenceScope, match: TriggerMatch, index: number, subject: ActorGroup | undefined, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  const { tokens, sentence } = scope;
  return assassinationCode(tokens, match, source, target, () => isMishap(scope), sentence.lastToken) ?? tollCode(tokens, index, subject, scope) ?? bombingCode(tokens, match, subject, sentence.firstToken) ?? vehicleBombCode(tokens, match, subject, sentence.firstToken) ?? takenCode(tokens, match, source, target) ?? meansCode(tokens, match, subject, sentence.firstToken) ?? weaponDamageCode(tokens, match, subject, sentence.firstToken) ?? assaultCode(tokens, match, source, target) ?? exitCode(tokens, match, source, target) ?? homeDeploymentCode(tokens, match, source, target);
}

function isMishap(scope: SentenceScope): boolean {
  scope.mishap ??= hasMishapIn(scope.tokens, scope.sentence.firstToken, scope.sentence.lastToken);
  return scope.mishap;
}

const MEDIATION = /^045/;
const TALKS = new Set(['talk', 'negotiation']);
const NEGOTIATION = '046';

/** "helped Moscow repel": a verb past an actor is a predicate of its own, so the pattern does not use it up. */
function hasMentionBetween(inMention: ReadonlySet<number>, from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) if (inMention.has(index)) return true;
  return false;
}

/** Visiting one's own country or a place in it; a junta chief visiting a jailed leader of the same country still visits. */
function isHomeVisit(from: ActorMention | undefined, to: ActorMention | undefined): boolean {
  const country = from?.code?.slice(0, 3);
  return isStateCountry(country) && to?.code === country;
}
