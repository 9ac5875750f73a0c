import type { PatternRow } from './pattern-row.ts';

/** What an appeal for de-escalation (0256) asks for by name, whether made or made again. */
const DE_ESCALATION = 'restraint|ceasefire|truce|de-escalation';

/** Rows of roots 01–04 (public statement, appeal, intent to cooperate, consult), in the built-in list's order. */
export const TALK_ROWS: readonly PatternRow[] = [
  // 01 public statement
  ['011', 'decline|refuse comment'],
  ['012', 'express|voice concern|alarm|pessimism'],
  ['013', 'express optimism|hope'],
  // "she is guardedly optimistic that…", "remained hopeful the talks…": optimism stated as a predicate adjective.
  // Coded only with a coded speaker: a coach or a firm "confident" of a result states no stance of a state's.
  ['013', 'optimistic|hopeful|confident that', 'adj maker'],
  ['013', 'optimistic|hopeful|confident', 'adj maker'],
  ['015', 'claim|acknowledge|admit responsibility'],
  ['016', 'deny responsibility|involvement'],
  // "denied any role in the ambush": a part in the act denied, as responsibility or involvement is ("denied their role
  // was changing" denies no part in an act).
  ['016', 'deny role in'],
  ['015', 'take|accept responsibility'],
  // "the rebel group said its fighters carried out the bombing": a group saying the attack was its own claims it (an army saying
  // it carried out a raid reports the raid, so raids and strikes are left to the force rows).
  ['015', 'say|claim * carry out attack|bombing|bombings|attacks|assault|killing|killings|kidnapping|abduction'],
  // "…, in a bombing claimed by Islamic State": the attack named, its claimant the passive's agent ("an attack
  // that claimed 30 lives" claims nothing).
  ['015', 'attack|attacks|bombing|bombings|assault|blast|blasts|raid|killing|killings|kidnapping|abduction * claim by'],
  ['015', 'claim attack|attacks|bombing|bombings|assault|blast|blasts|raid|killing|killings|kidnapping|abduction'],
  // "Seoul said it was weighing its options": a policy option weighed aloud.
  ['014', 'consider|weigh|study|review option|options'],
  ['016', 'deny link|hand|knowledge|complicity'],
  // "Gondor denied backing the rebels in the east": a charge of sponsoring denied.
  ['016', 'deny backing|supporting|arming|funding|financing|aiding|helping|sponsoring|harbouring|harboring|training'],
  // "Iran denied U.S. accusations that…", "refuted claims by Manila": the denial is aimed at whoever made the accusation.
  ['016', 'deny|refute accusation|allegation|charge|claim'],
  // "denied a report by Reuters that…", "dismissed as false reports that…": a report of one's wrongdoing denied, aimed
  // at whoever wrote it.
  ['016', 'deny|refute report|reports|finding|findings'],
  // "imposed sanctions on Rwanda over its backing for the rebels, a charge Kigali denies": the charge named
  // first, its denier the subject (aimed at whoever made it, see denied-charge.ts); rejected, as below, it is denied too.
  // "accused Serbia of arming the militia, which Belgrade denied": as the charge named.
  ['016', 'charge|accusation|allegation|claim|which * deny|dispute|refute'],
  ['016', 'charge|accusation|allegation * reject|dismiss'],
  // "rejected Nairobi's accusation as baseless": a charge rejected is denied (016), as PETRARCH's verb dictionary and the dev
  // sets' coders read it; a claim rejected ("rejected Beijing's claim to the reef") may be anything and stays a rejection.
  ['016', 'reject|dismiss|rebuff accusation|allegation|charge'],
  // "the army denied on Sunday that its gunners shelled the camp": what is denied is the clause, whose actors
  // are its content, not whom the denial answers (unaddressed-statement.ts); the rows above name a charge or report.
  ['016', 'deny that'],
  ['120', 'claim * reject|dismiss'],
  ['120', 'reject|dismiss|rebuff claim'],
  ['018', 'express|offer|send|voice condolence|sympathy|sorrow|grief|regret'],
  ['019', 'express accord|agreement'],
  // 02 appeal
  ['020', 'appeal to|for'],
  // "made an appeal to Addis Ababa to stop…": the verb making the appeal names who appealed.
  ['020', 'make|issue|launch|send|renew appeal|plea to'],
  ['020', 'urge|implore|beseech|exhort'],
  ['020', 'call on|upon'],
  ['020', 'call for'],
  ['020', 'ask|request|plead|petition'],
  ['020', 'want|press|push|encourage|persuade|tell|implore', 'objto'],
  ['020', 'beg|entreat'],
  // "urged the rebels to free the hostages": an appeal whose object is a release (CAMEO 0253), not a bare appeal.
  ['0253', 'urge|press|call|appeal|ask|implore free|release', 'objto'],
  ['0254', 'urge|press|call|appeal|ask lift|ease|scrap|end sanction|sanctions|embargo', 'objto'],
  ['0256', 'urge|press|call|appeal|ask stop|halt|cease|end fighting|hostility|hostilities|violence|offensive|attack|shelling|bombing|bombardment|airstrike|airstrikes|strike|strikes', 'objto'],
  // "asked Pakistan to extradite the militants": judicial cooperation asked for.
  ['0213', 'urge|press|call|ask|request extradite|extradition|hand', 'objto'],
  ['0213', 'seek|request extradition'],
  ['026', 'urge|press|call|appeal|ask|encourage resume|return|join|hold|open|attend talk|negotiation|dialogue|summit|meeting', 'objto'],
  // "sought a $3 billion loan from the IMF": the lender asked is the first actor after the verb.
  ['0231', 'seek|request|ask loan|bailout|credit|financing|funding|debt'],
  ['0234', 'seek|request|ask peacekeeper|peacekeepers|peacekeeping'],
  ['028', 'seek|request|ask|call mediation'],
  ['023', 'appeal|ask|call|request for aid|help|assistance|support'],
  ['023', 'seek aid|help|assistance|support'],
  // "appealed to the CSTO for help", "praised Poland for its help": help named as a noun after "for" is given by no one, so
  // it codes only with its giver named right after ("for help from the UN").
  ['023', 'for * help|aid|assistance', 'objnext'],
  // "requested help from the United Nations", "sought aid": help asked for is no help given (070).
  ['023', 'request|seek|ask|appeal|plead * help|aid|assistance|support'],
  ['0232', 'seek|request weapon|arm|ammunition'],
  // "Finland and Sweden applied to join NATO", "applied for membership of the EU": admission to an alliance or bloc asked for.
  ['021', 'apply join|membership|accession'],
  // "pressed Germany for tanks", "turned to France for weapons": the supplier asked comes first.
  ['0232', 'press|lobby|turn weapon|weapons|arms|ammunition|tank|tanks|jet|jets|missile|missiles|howitzer|howitzers'],
  ['020', 'lobby', 'objnext'],
  // "requested more air defence systems from Washington", "appealed to the West for fighter jets".
  ['0232', 'seek|request|ask|appeal defence|defense|jet|jets|tank|tanks|missile|missiles|howitzer|howitzers|ammunition|weapons|arms'],
  ['024', 'call|appeal|urge for reform'],
  ['0253', 'call|appeal|urge for release'],
  ['0253', 'seek|press|push|plead for release'],
  ['0256', `urge|call|appeal for ${DE_ESCALATION}`],
  // "renewed its call for a truce": the appeal made again (not the truce renewed, 0871). Only what the row above names: a
  // renewed call "for an end to" something may be a call to end a tax or a blockade.
  ['0256', `renew|repeat|reiterate|reissue call|appeal|plea ${DE_ESCALATION}`],
  // "Kyiv's appeal to NATO", "Haiti's request for help": an appeal named as a noun, by its maker.
  ['020', 'appeal|plea to', 'noun maker'],
  ['023', 'request|appeal|plea for aid|help|assistance|support', 'noun maker'],
  ['026', 'urge|call|appeal for talk|negotiation|dialogue|summit'],
  // 03 intent to cooperate
  ['050', 'agree', 'sym'],
  ['030', 'agree with', 'sym'],
  ['030', 'agree cooperate|collaborate|work|strengthen|deepen|boost|expand|enhance', 'sym'],
  ['030', 'pledge|vow|promise|offer cooperation|support|partnership', 'sym'],
  ['030', 'deepen|strengthen|boost|expand|enhance|bolster|broaden tie|relation|partnership|cooperation|alliance', 'sym'],
  ['030', 'mend|repair|heal tie|relation|fence with'],
  // "sought closer ties with Beijing": the wish to cooperate, not yet a deal.
  ['030', 'seek|want|pursue ties|relations|cooperation|partnership with'],
  // "forged a strategic partnership with Delhi": a standing alliance agreed between the two.
  ['057', 'forge|seal alliance|partnership|pact with', 'sym'],
  ['030', 'express|signal|voice|indicate willingness|readiness|intention|desire'],
  ['030', 'pledge|promise|vow'],
  // "Lima is willing to cooperate with Quito", "stood ready to deepen coordination": a readiness to act stated as a predicate
  // adjective; a "to"-verb that codes an act of its own takes its place (isIntentBeforeCodedVerb).
  ['030', 'ready|willing to', 'adj maker'],
  ['031', 'agree|pledge|offer trade|invest|investment'],
  ['033', 'pledge|promise|offer aid|assistance|help|support|fund|loan'],
  // "offered Tunisia more than 1 billion euros in support", "pledged billions of dollars": money pledged is aid.
  ['033', 'pledge|promise|offer million|billion'],
  // "offered to send two firefighting aircraft to help Algeria": an offer to provide is an offer of aid.
  ['033', 'offer|pledge|promise send|provide|deliver|supply|donate|dispatch'],
  ['0333', 'pledge|promise|offer relief|food|medicine|tent|blanket|shelter'],
  ['0332', 'pledge|promise|offer weapon|arm|troop|military'],
  // "said it would send 400 police to Liberia", "will deploy a missile battery to Estonia": help announced for a foreign
  // state is an intent to aid; sent already, police and batteries may as well be deployed at home. Only with a coded
  // target: "would send firefighters to the blaze" or police to a stadium is no aid to anyone.
  ['033', 'would|will * send|dispatch|deploy|fly police|policeman|policemen|officer|officers|battery|batteries|firefighter|firefighters to', 'aimed'],
  ['036', 'agree|offer|propose|plan|expect meet|talk|negotiate|negotiation|visit', 'sym'],
  ['036', 'propose talk|meeting|summit|negotiation'],
  // "invited Putin to a summit in Budapest": an invitation offers a meeting that has not happened, CAMEO's "indicate
  // willingness to meet, visit" (036); CAMEO.2.0's verb file codes a bare INVITE 040, which would count it as held.
  ['036', 'invite|invitation to visit|summit|talk|meeting|meet|come|attend|join|negotiation|ceremony|inauguration|parade|dinner', 'objto'],
  ['036', 'extend|issue|send invitation to'],
  // "Seoul's offer of talks", "Tokyo's offer of aid to Nepal": an offer named as a noun, by its maker.
  ['036', 'offer of talk|talks|negotiation|negotiations|dialogue|meeting|summit', 'noun maker'],
  ['033', 'offer of aid|help|assistance|support|loan|troops', 'noun maker'],
  ['037', 'agree settle|resolve', 'sym'],
  // "Peru and Chile settled their maritime dispute": a settlement reached is an agreement, not just the intent (037).
  ['057', 'settle|resolve dispute|row|difference|differences|conflict', 'sym'],
  ['039', 'offer mediate'],
  // 04 consult
  ['040', 'meet', 'sym'],
  ['040', 'meet with', 'sym'],
  ['040', 'hold|have|begin|open|start|resume|launch talk|meeting|consultation|discussion|summit|chat|chinwag|powwow|huddle|sit-down|get-together|tete-a-tete|parley', 'sym'],
  ['040', 'hold|have talk|meeting|consultation|discussion|summit|chat|chinwag|powwow|huddle|sit-down|get-together|tete-a-tete|parley with', 'sym'],
  ['040', 'talk with|to', 'sym'],
  ['040', 'confer|consult|discuss', 'sym'],
  ['040', 'sit down with', 'sym'],
  // "Beijing called Washington's remarks irresponsible", "called the manoeuvre reckless": calling an actor or any thing by a
  // condemning name (naming-judgement.ts) is disapproval of whoever did it, tried before the phone call it would otherwise
  // be; with no one found who did it, nothing is coded.
  ['111', 'call', 'names'],
  ['041:041', 'phone|telephone|call', 'objnext'],
  ['041:041', 'speak|talk by phone|telephone', 'sym'],
  ['041:041', 'hold|have phone|telephone call|conversation with', 'sym'],
  // "Macron and Scholz held a phone call": a call between the subjects.
  ['041:041', 'hold|have phone|telephone call|conversation', 'sym'],
  // "received a phone call from Biden": the caller is the source.
  ['041:041', 'receive|get|take phone|telephone call from', 'rev'],
  ['042:043', 'visit'],
  ['042:043', 'attend'],
  ['042:043', 'arrive in|at'],
  ['042:043', 'travel|fly|go|head to'],
  ['042:043', 'leave for'],
  ['042:043', 'trip to', 'noun'],
  ['042:043', 'pay|make visit|trip to'],
  ['042:043', 'visit to', 'noun'],
  ['042:043', 'visit by', 'noun'],
  // "began a state visit to China": the visit's verb names the visitor, which the bare noun cannot.
  ['042:043', 'begin|start|make|pay|kick|wrap|conclude|end|cut visit|trip to'],
  ['040', 'talk|negotiation|meeting|summit|consultation between', 'noun sym'],
  // "Erdogan's meeting with Putin", "after a summit with Lula": a meeting named as a noun, its holder before it.
  ['040', 'meeting|summit|consultation|talk|negotiation with', 'noun'],
  ['040', 'dinner|lunch|luncheon|breakfast with', 'noun'],
  ['041:041', 'phone|telephone|video call|conversation with', 'noun'],
  ['041', 'phone|telephone|video call|conversation between', 'noun sym'],
  ['043:042', 'host'],
  ['043:042', 'roll out red carpet for'],
  ['043:042', 'play host to'],
  ['043:042', 'receive', 'objnext'],
  ['045', 'mediate|broker'],
  ['045', 'mediate between'],
  // "Omani envoys shuttled between the two delegations": shuttle diplomacy is mediation between the sides it goes between.
  ['045', 'shuttle between', 'maker'],
  // "mediated talks between Israel and Hamas", "hosted talks between Thailand and Cambodia": the mediator acts towards
  // each side; talks it mediated are also held by the sides with each other (add-events.ts).
  ['045', 'mediate|broker|host talk|negotiation|ceasefire|truce|deal|agreement|accord between'],
  ['046', 'negotiate', 'sym'],
  ['046', 'negotiate with', 'sym'],
  ['046', 'hold|conduct|open|begin|start|resume negotiation', 'sym'],
  // "took part in talks", "joined negotiations": the talks are held, with whoever else took part.
  ['046', 'take part talk|negotiation', 'sym'],
  ['046', 'take part talk|negotiation with', 'sym'],
  ['046', 'join talk|negotiation with', 'sym'],
  ['040', 'take part meeting|summit|consultation', 'sym'],
  // "ended two days of talks": a round of talks held, not talks halted (164).
  ['046', 'end|conclude|wrap|complete|close day|round|session|week talk|negotiation', 'sym'],
  ['046', 'end|conclude|wrap|complete|close day|round|session|week talk|negotiation with', 'sym'],
];
