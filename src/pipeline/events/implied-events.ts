import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { agreementSignedBy } from './agreement-signed-by.ts';
import { aidArrival } from './aid-arrival.ts';
import { answerToForce } from './answer-to-force.ts';
import { brokeredAgreement } from './brokered-agreement.ts';
import { callInPassing } from './call-in-passing.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { condemnedAct } from './condemned-act.ts';
import { coordinatedAddressees } from './coordinated-addressees.ts';
import { deniedCharge } from './denied-charge.ts';
import { meetingInPassing } from './meeting-in-passing.ts';
import type { PatternIndex } from './event-pattern.ts';
import { priceThreat } from './price-threat.ts';
import { repressedProtest } from './repressed-protest.ts';
import { yieldToProtest } from './yield-to-protest.ts';
import { rightsGroupReport } from './rights-group-report.ts';
import { withWelcomedGuests } from './welcomed-guest.ts';

/**
 * What a sentence's coded events imply once all are known: a threat aimed back at the attacker, an appeal made to a
 * second addressee, a phone call the act was made in, an agreement named first and signed in the passive, a denial of a
 * charge made earlier, an act condemned by name, a rights group's report of abuses as its accusation, a
 * broker's mediation of the agreement it brokered, the protest a state's forces answered, the meeting an act was done at,
 * aid delivered by the convoy that arrived with it, a price another side is told it will pay, a ruler's resignation or
 * dropped policy yielding to protests; a guest welcomed to a place
 * is received, not praised.
 */
export function withImpliedEvents(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], coded: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  const events = coded.length > 0 ? withWelcomedGuests(tokens, groups, coded, patterns) : coded;
  // Most sentences code nothing: only a call in passing can come of them, and no copies need joining.
  if (events.length === 0) return [...callInPassing(tokens, sentence, groups, events, patterns), ...agreementSignedBy(tokens, sentence, groups, events, patterns), ...aidArrival(tokens, sentence, groups, events, patterns), ...priceThreat(tokens, sentence, groups, events, patterns), ...yieldToProtest(tokens, sentence, groups, events, patterns)];
  return [...condemnedAct(tokens, sentence, groups, deniedCharge(answerToForce(events))), ...coordinatedAddressees(tokens, sentence, groups, events), ...callInPassing(tokens, sentence, groups, events, patterns), ...agreementSignedBy(tokens, sentence, groups, events, patterns), ...rightsGroupReport(tokens, sentence, groups, events, patterns), ...repressedProtest(tokens, sentence, groups, events, patterns), ...brokeredAgreement(tokens, sentence, groups, events, patterns), ...meetingInPassing(tokens, sentence, groups, events, patterns), ...aidArrival(tokens, sentence, groups, events, patterns), ...priceThreat(tokens, sentence, groups, events, patterns), ...yieldToProtest(tokens, sentence, groups, events, patterns)];
}
