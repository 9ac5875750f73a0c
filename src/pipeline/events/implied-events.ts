import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { admittedHarmRule } from './admitted-harm.ts';
import { agreementSignedByRule } from './agreement-signed-by.ts';
import { aidArrivalRule } from './aid-arrival.ts';
import { aidDispatchRule } from './aid-dispatch.ts';
import { withAsylumArrivals, withoutDeployedVisitors } from './arrival-not-visit.ts';
import { answerToForce } from './answer-to-force.ts';
import { atrocityChargedInSpeechRule } from './atrocity-charged-in-speech.ts';
import { brokeredAgreement } from './brokered-agreement.ts';
import { callInPassingRule } from './call-in-passing.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';
import type { PatternIndex } from './event-pattern.ts';
import { condemnedAct } from './condemned-act.ts';
import { coordinatedAddressees } from './coordinated-addressees.ts';
import { courtFindingRule } from './court-finding.ts';
import { deniedCharge } from './denied-charge.ts';
import { jointOperation } from './joint-operation.ts';
import { judgedInSpeechRule } from './judged-in-speech.ts';
import { meetingInPassing } from './meeting-in-passing.ts';
import { priceThreatRule } from './price-threat.ts';
import { protestsInPassingRule } from './protests-in-passing.ts';
import { withoutPublicAlerts } from './public-alert.ts';
import { repressedProtest } from './repressed-protest.ts';
import { yieldToProtestRule } from './yield-to-protest.ts';
import { rightsGroupReport } from './rights-group-report.ts';
import { hasSentenceWords, type SentenceWords } from './sentence-words.ts';
import { suspectHandoverRule } from './suspect-handover.ts';
import { withWelcomedGuests } from './welcomed-guest.ts';
import { withCrowdClashes } from './protest-violence.ts';



/**
 * The rules in the order their events are listed; `needsEvents` ones read the coded events, the rest may also imply an
 * event from a sentence that coded none. The first returns the coded events themselves, with a condemnation's target
 * and a denial's charge filled in.
 */
export const IMPLIED_RULES: readonly ImpliedRuleEntry[] = [
  { imply: (tokens, sentence, groups, events) => condemnedAct(tokens, sentence, groups, deniedCharge(answerToForce(events))), needsEvents: true, anchors: [] },
  { imply: coordinatedAddressees, needsEvents: true, anchors: [] },
  callInPassingRule,
  agreementSignedByRule,
  { imply: rightsGroupReport, needsEvents: true, anchors: [] },
  judgedInSpeechRule,
  atrocityChargedInSpeechRule,
  { imply: repressedProtest, needsEvents: true, anchors: [] },
  { imply: brokeredAgreement, needsEvents: true, anchors: [] },
  { imply: jointOperation, needsEvents: true, anchors: [] },
  { imply: meetingInPassing, needsEvents: true, anchors: [] },
  aidArrivalRule,
  aidDispatchRule,
  priceThreatRule,
  yieldToProtestRule,
  admittedHarmRule,
  suspectHandoverRule,
  protestsInPassingRule,
  courtFindingRule,
];

/**
 * What a sentence's coded events imply once all are known: a threat aimed back at the attacker, an appeal made to a
 * second addressee, a phone call the act was made in, an agreement named first and signed in the passive, a denial of a
 * charge made earlier, an act condemned by name, a rights group's report of abuses as its accusation, an act judged in
 * a speaker's words, an atrocity a speaker charges another side with, a broker's mediation of the agreement it
 * brokered, two states' forces fighting jointly, the protest a state's forces answered, the meeting an act was done at,
 * aid delivered by the convoy that arrived with it or the planes sent with it, a price another side is told it will
 * pay, a ruler's resignation or dropped policy yielding to protests, a harm admitted, suspects handed to another state,
 * protests named in passing, a court's finding that a state acted unlawfully; a guest welcomed to a place is received,
 * not praised, and a protest's clash with police is a riot and its repression, not a battle.
 */
export function withImpliedEvents(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], coded: readonly SentenceEvent[], patterns: PatternIndex): readonly SentenceEvent[] {
  const events = coded.length > 0 ? withCrowdClashes(tokens, withWelcomedGuests(tokens, groups, withoutPublicAlerts(tokens, coded), patterns)) : coded;
  return withoutDeployedVisitors(tokens, sentence, withAsylumArrivals(impliedBy(tokens, sentence, groups, events, patterns)));
}

/**
 * What `IMPLIED_RULES` imply from the sentence and its events. A loop of its own: code V8 compiled on the spot in it
 * held what followed with the first sentence's feedback and bailed out there at later calls.
 */
function impliedBy(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  // Most sentences code nothing: only the rules that need no event run on them. A loop, not `filter` and `flatMap`:
  // this runs once a sentence, and the rules mostly return nothing.
  const implied: SentenceEvent[] = [];
  for (const rule of IMPLIED_RULES) {
    if (events.length === 0 && rule.needsEvents) continue;
    if (!hasAllSentenceWords(tokens, sentence, rule.anchors)) continue;
    for (const event of rule.imply(tokens, sentence, groups, events, patterns)) implied.push(event);
  }
  return implied;
}

function hasAllSentenceWords(tokens: readonly Token[], sentence: Sentence, anchors: readonly SentenceWords[]): boolean {
  for (const words of anchors) if (!hasSentenceWords(tokens, sentence, words)) return false;
  return true;
}
