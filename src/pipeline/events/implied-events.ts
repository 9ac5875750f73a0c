import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { admittedHarm } from './admitted-harm.ts';
import { agreementSignedBy } from './agreement-signed-by.ts';
import { aidArrival } from './aid-arrival.ts';
import { aidDispatch } from './aid-dispatch.ts';
import { withoutDeployedVisitors } from './arrival-not-visit.ts';
import { answerToForce } from './answer-to-force.ts';
import { atrocityChargedInSpeech } from './atrocity-charged-in-speech.ts';
import { brokeredAgreement } from './brokered-agreement.ts';
import { callInPassing } from './call-in-passing.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { condemnedAct } from './condemned-act.ts';
import { coordinatedAddressees } from './coordinated-addressees.ts';
import { courtFinding } from './court-finding.ts';
import { deniedCharge } from './denied-charge.ts';
import { jointOperation } from './joint-operation.ts';
import { judgedInSpeech } from './judged-in-speech.ts';
import { meetingInPassing } from './meeting-in-passing.ts';
import type { PatternIndex } from './event-pattern.ts';
import { priceThreat } from './price-threat.ts';
import { protestsInPassing } from './protests-in-passing.ts';
import { withoutPublicAlerts } from './public-alert.ts';
import { repressedProtest } from './repressed-protest.ts';
import { yieldToProtest } from './yield-to-protest.ts';
import { rightsGroupReport } from './rights-group-report.ts';
import { suspectHandover } from './suspect-handover.ts';
import { withWelcomedGuests } from './welcomed-guest.ts';
import { withCrowdClashes } from './protest-violence.ts';

type ImpliedRule = (tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex) => SentenceEvent[];

/**
 * The rules in the order their events are listed; `needsEvents` ones read the coded events, the rest may also imply an
 * event from a sentence that coded none. The first returns the coded events themselves, with a condemnation's target
 * and a denial's charge filled in.
 */
const RULES: readonly { readonly imply: ImpliedRule; readonly needsEvents: boolean }[] = [
  { imply: (tokens, sentence, groups, events) => condemnedAct(tokens, sentence, groups, deniedCharge(answerToForce(events))), needsEvents: true },
  { imply: coordinatedAddressees, needsEvents: true },
  { imply: callInPassing, needsEvents: false },
  { imply: agreementSignedBy, needsEvents: false },
  { imply: rightsGroupReport, needsEvents: true },
  { imply: judgedInSpeech, needsEvents: false },
  { imply: atrocityChargedInSpeech, needsEvents: false },
  { imply: repressedProtest, needsEvents: true },
  { imply: brokeredAgreement, needsEvents: true },
  { imply: jointOperation, needsEvents: true },
  { imply: meetingInPassing, needsEvents: true },
  { imply: aidArrival, needsEvents: false },
  { imply: aidDispatch, needsEvents: false },
  { imply: priceThreat, needsEvents: false },
  { imply: yieldToProtest, needsEvents: false },
  { imply: admittedHarm, needsEvents: false },
  { imply: suspectHandover, needsEvents: false },
  { imply: protestsInPassing, needsEvents: false },
  { imply: courtFinding, needsEvents: false },
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
export function withImpliedEvents(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], coded: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  const events = coded.length > 0 ? withCrowdClashes(tokens, withWelcomedGuests(tokens, groups, withoutPublicAlerts(tokens, coded), patterns)) : coded;
  // Most sentences code nothing: only the rules that need no event run on them. A loop, not `filter` and `flatMap`:
  // this runs once a sentence, and the rules mostly return nothing.
  const implied: SentenceEvent[] = [];
  for (const rule of RULES) {
    if (events.length === 0 && rule.needsEvents) continue;
    for (const event of rule.imply(tokens, sentence, groups, events, patterns)) implied.push(event);
  }
  return withoutDeployedVisitors(tokens, sentence, implied);
}
