import { DISSENT_ROWS } from './builtin-dissent-patterns.ts';
import { FORCE_ROWS } from './builtin-force-patterns.ts';
import { POSTURE_ROWS } from './builtin-posture-patterns.ts';
import type { EventPattern } from './event-pattern.ts';
import type { PatternRow } from './pattern-row.ts';

/** What an appeal for de-escalation (0256) asks for by name, whether made or made again. */
const DE_ESCALATION = 'restraint|ceasefire|truce|de-escalation';

/**
 * The project's own CAMEO verb and noun patterns, grouped by root. Each row is `[code, phrase, flags]`:
 * the code may carry a reverse reading (`042:043`: X visits Y, so Y hosts X); the phrase is trigger lemma(s) then following words
 * (words before ` * ` must come before the trigger; `|` = alternatives, a final preposition introduces the
 * target); flags: `sym` (compound subjects pair up), `noun` (noun trigger), `rev` (source and target swap), `objto` (an
 * actor then "to" must follow: "wants Putin to…"), `objnext` (the object actor comes right after: "called Putin", not "called a truce"),
 * `armed` (the source is an armed force or group), `ofsource` (a noun's source follows "of": "the pullout of French troops").
 * `maker` (a noun coded only with its maker named: "China's accusation that…"), `names` (a judgement naming an act: "calling
 * the vote a sham", aimed at whoever did it), `aimed` (coded only with a coded target: "would send police to Liberia").
 */
const rows: readonly PatternRow[] = [
  // 01 public statement
  ['011', 'decline|refuse comment'],
  ['012', 'express|voice concern|alarm|pessimism'],
  ['013', 'express optimism|hope'],
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
  // "Rwanda denied backing the M23 rebels": a charge of sponsoring denied.
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
  // "Beijing called Washington's remarks irresponsible": calling with a condemning name (naming-judgement.ts) is disapproval,
  // tried before the phone call it would otherwise be.
  ['111', 'call', 'objnext'],
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
  ['043:042', 'host'],
  ['043:042', 'roll out red carpet for'],
  ['043:042', 'play host to'],
  ['043:042', 'receive', 'objnext'],
  ['045', 'mediate|broker'],
  ['045', 'mediate between'],
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
  // 05 diplomatic cooperation
  ['051', 'praise|commend|hail|laud|applaud|endorse|congratulate|thank|welcome|appreciate|encourage'],
  ['051', 'salute|extol|lionize|lionise'],
  ['051', 'pay tribute|homage to'],
  ['051', 'express|voice|show|declare solidarity with'],
  // "sided with Moscow": backing declared for one side.
  ['050', 'side with'],
  ['051', 'welcome decision|move|step|agreement|deal|offer|proposal|announcement|election'],
  ['051', 'express|voice|reaffirm|reiterate|renew support'],
  ['051', 'express|voice appreciation|gratitude for'],
  ['051', 'express|voice|convey|extend appreciation|gratitude|thanks to'],
  // "sent a congratulatory message to Putin", "extended congratulations to Trump": praise sent to whom it is addressed.
  ['051', 'send|extend|offer|convey|express congratulation|congratulations|congratulatory to'],
  ['050', 'back|support'],
  ['050', 'throw|put support|weight behind'],
  ['052', 'defend decision|policy|right|position|tie|relation|stance|record|action'],
  ['053', 'rally support'],
  ['054', 'recognize|recognise'],
  // "switched recognition to Beijing": recognised the other claimant.
  ['054', 'switch|transfer|shift recognition|allegiance to'],
  // "granted Moldova candidate status": a bloc taking a country closer to membership.
  ['050', 'grant|give|award|offer candidate|membership|accession'],
  // "ratified Finland's NATO membership": a member's vote letting another in.
  ['050', 'ratify|approve|endorse|back membership|accession|bid'],
  ['054', 'establish tie|relation', 'sym'],
  ['050', 'restore|renew|resume|normalize|normalise|improve|upgrade tie|relation', 'sym'],
  // "agreed to reopen army-to-army hotlines": channels between the two reopened.
  ['050', 'restore|renew|resume|reopen communication|communications|contact|contacts|channel|channels|hotline|dialogue', 'sym'],
  ['050', 'present credential'],
  ['050', 'reopen embassy|consulate|mission in|to'],
  ['050', 'reopen embassy|embassies|consulate|consulates', 'sym'],
  ['055', 'apologize|apologise'],
  // "asked Tanzanians for forgiveness for atrocities": an apology made to those asked.
  ['055', 'ask|beg|seek forgiveness'],
  ['056', 'forgive'],
  ['057', 'sign|conclude|ink|reach|seal|ratify|endorse|approve agreement|accord|deal|treaty|pact|protocol|memorandum|contract', 'sym'],
  ['057', 'sign|conclude|ink|reach|seal|ratify|endorse|approve agreement|accord|deal|treaty|pact|protocol|memorandum with', 'sym'],
  // "under the accord between Kinshasa and Kigali": the parties named by the noun (a business "deal between" firms is left out).
  ['057', 'agreement|accord|pact|treaty between', 'noun sym'],
  // "signed a joint declaration in Washington": a signed declaration or charter binds the signers to each other like a treaty.
  ['057', 'sign|adopt|ink|endorse declaration|communique|communiqué|charter|roadmap|road|convention|framework|mou', 'sym'],
  ['057', 'sign|adopt|ink|endorse declaration|communique|communiqué|charter|roadmap|road|convention|framework|mou with', 'sym'],
  // "Chile and Peru signed a joint statement": a statement signed jointly binds the signers as a declaration does.
  ['057', 'sign|adopt|ink joint statement', 'sym'],
  ['057', 'hash|thrash|work out agreement|accord|deal|treaty|pact', 'sym'],
  // "initialled a peace deal": initialling a text agrees it before the signature.
  ['057', 'initial|initialled|initialed agreement|accord|deal|treaty|pact', 'sym'],
  // "signed a ceasefire plan with Russia": a signed truce is a formal agreement between the signers.
  ['057', 'sign|ink ceasefire|truce|armistice', 'sym'],
  ['057', 'sign|ink ceasefire|truce|armistice with', 'sym'],
  // "the two sides agreed to a ceasefire deal", "agreed a peace accord": a truce or peace agreed as a written deal is a formal
  // agreement (a bare truce agreed stays 0871; a bare "deal" agreed stays 050, as it may be any bargain).
  ['057', 'agree ceasefire|truce|peace deal|agreement|accord|pact', 'sym'],
  // "struck a deal with Iran": striking a bargain is no blow, and the longer pattern wins over attack (190).
  ['057', 'strike|clinch|hammer|nail deal|agreement|accord|bargain', 'sym'],
  ['057', 'strike|clinch|hammer|nail deal|agreement|accord|bargain with', 'sym'],
  // 06 material cooperation
  ['050', 'cooperate|collaborate|coordinate', 'sym'],
  ['050', 'cooperate|collaborate|coordinate with', 'sym'],
  ['062', 'cooperate|collaborate militarily', 'sym'],
  ['061', 'cooperate|collaborate economically', 'sym'],
  ['061', 'trade with', 'sym'],
  ['061', 'invest in'],
  ['062', 'hold|conduct|stage|begin|start|launch joint exercise|drill|patrol', 'sym'],
  ['062', 'help|assist|aid repel|fight|defend|recapture|liberate|retake'],
  ['062', 'fight alongside'],
  // "US instructors trained Ukrainian troops": military cooperation with the trained force.
  ['062', 'train troop|troops|soldier|soldiers|army|force|forces|pilot|pilots'],
  // "handed the suspect over to Paris"; a bare "hand" ("handed him a first cap") or "give … back" ("gave his backing") is no transfer.
  ['063', 'extradite'],
  ['063', 'hand over to'],
  ['0841', 'hand back'],
  ['0842', 'return|hand territory|land|island|property|asset|ship|vessel|artefact|artifact to'],
  ['0842', 'return ship|vessel|boat|trawler|tanker|aircraft|territory|island|artefact|artifact|artefacts|artifacts'],
  // "the junta handed power to a civilian government": leadership given up as demanded.
  ['0831', 'hand|transfer|return|cede power to'],
  // "Niger and Benin will share data on smuggling gangs": shared between the two, not with whom it is about.
  ['064', 'share intelligence|information|data', 'sym'],
  ['064', 'share intelligence|information|data with'],
  // 07 aid
  ['070', 'help|assist|aid'],
  ['070', 'give|lend|extend hand|helping to'],
  ['070', 'provide|give|grant|deliver|send|supply|offer aid|assistance|help|support|supply'],
  ['070', 'provide|give|grant|deliver|send|supply aid|assistance|help|support|supply to'],
  ['070', 'receive aid|assistance|help|support from', 'rev'],
  ['070', 'receive|get aid|assistance|help|support|loan', 'rev'],
  ['071', 'provide|give|grant|lend|extend|transfer|approve loan|fund|money|credit|grant|dollar|euro'],
  // "agreed a $3 billion bailout for Sri Lanka", "approved $200 million for Bangladesh": a lender's approval names the borrower after "for"/"to".
  ['071', 'agree|approve|announce|unveil|grant|extend|sign bailout|loan|credit|financing|tranche|disbursement for|to|with'],
  ['071', 'approve|allocate|earmark|disburse million|billion for|to'],
  // "will lend Nigeria $750 million": the borrower comes right after the verb.
  ['071', 'lend', 'objnext'],
  // "wrote off Zambia's debt", "deposited $3 billion in Pakistan's central bank": economic aid to the debtor.
  ['071', 'write off debt', 'objnext'],
  ['071', 'forgive|cancel|waive|erase debt', 'objnext'],
  ['071', 'deposit million|billion in|with'],
  // "the eurozone bailed out Greece": a rescue loan to the state named after "out".
  ['071', 'bail out', 'objnext'],
  ['072', 'provide|give|deliver|send|supply|ship|transfer weapon|arm|missile|ammunition|tank|drone|shell|artillery'],
  // "agreed to sell F-16 fighters to Turkey": an arms sale arms the buyer.
  ['072', 'sell weapon|weapons|arms|missile|missiles|tank|tanks|drone|drones|warplane|warplanes|fighter|fighters|howitzer|howitzers to'],
  ['072', 'send|dispatch|deploy|unleash|provide|supply|transfer troop|soldier|force|personnel|worker|sapper|deminer|engineer|unit|mercenary|specialist|instructor to|in|into'],
  ['072', 'send|dispatch|deploy|unleash|provide|supply|transfer troop|soldier|force|personnel|worker|sapper|deminer|engineer|unit|mercenary|specialist|instructor'],
  // "flew paratroopers into Kazakhstan", "airlifted troops to Mali": forces sent by air.
  ['072', 'fly|airlift troop|troops|soldier|soldiers|paratrooper|paratroopers|marine|marines|commando|commandos|peacekeeper|peacekeepers to|into|in'],
  ['072', 'deployment|dispatch to', 'noun'],
  // "The deployment of North Korean troops to Russia": the troops named after "of" are whose act it is.
  ['072', 'deployment|dispatch troop|troops|soldier|soldiers|force|forces to', 'noun ofsource'],
  ['072', 'receive weapon|arm|missile|ammunition|troop from', 'rev'],
  ['073', 'provide|give|deliver|send|supply food|medicine|shelter|humanitarian|relief'],
  ['073', 'send|dispatch|deploy|fly rescue|rescuer|rescuers|medical|doctor|doctors to'],
  // "unveiled a $90 million security package for Moldova": an announced package is aid given, not an intent.
  ['072', 'announce|unveil|approve|authorize|authorise military|security|defence|defense aid|assistance|package|support'],
  ['073', 'announce|unveil|approve humanitarian|emergency aid|assistance|relief'],
  ['070', 'announce|unveil|approve aid|assistance|funding for|to'],
  ['073', 'provide|give|deliver|send|supply|ship|airlift|airdrop|drop|fly|rush|truck|distribute food|medicine|medical|vaccine|tent|blanket|humanitarian|relief to'],
  ['073', 'airlift|airdrop|fly|rush|truck|ship|distribute food|medicine|medical|vaccine|tent|blanket|humanitarian|relief'],
  ['073', 'donate food|medicine|medical|vaccine|tent|blanket|relief'],
  ['070', 'donate'],
  ['070', 'airlift|fly|rush|truck|ship supply|aid|equipment|assistance to'],
  ['070', 'resume|restore aid|assistance|funding to'],
  // "resumed food shipments to North Korea": relief goods sent again are humanitarian aid given.
  ['073', 'resume|restore food|rice|fertilizer|fertiliser|medicine|humanitarian|relief shipment|shipments|delivery|deliveries|aid|supply|supplies to'],
  // "offered shelter to refugees arriving from Hungary": those sheltered are the target, not where they came from.
  ['0333', 'offer|promise|pledge shelter|refuge|sanctuary to'],
  ['075', 'provide|give|grant shelter|refuge|sanctuary to'],
  ['074', 'provide|offer protection|peacekeeper|peacekeeping'],
  ['074', 'contribute|commit peacekeeper|peacekeepers'],
  ['074', 'deploy|send|dispatch peacekeeper|peacekeeping to|in'],
  // "the Security Council extended the mandate of its mission in Mali": renewing a mission keeps its protection in place.
  ['074', 'extend|renew|prolong mandate'],
  ['074', 'authorize|authorise|approve|create|establish peacekeeping|peacekeeper|force|mission for|to|in'],
  ['075', 'grant|give|offer asylum'],
  // 08 yield
  ['0813', 'lift|ease|relax|end curfew'],
  ['0814', 'lift|end|revoke|rescind emergency|martial'],
  ['0872', 'lift|ease|end blockade|siege'],
  ['0873', 'demobilize|demobilise'],
  ['0873', 'lay down arm|arms|weapon|weapons'],
  // "agreed to let aid convoys into Gaza": humanitarian access allowed (0863); inspectors admitted (0862).
  ['0863', 'allow|permit|let aid|convoy|convoys|humanitarian|relief|food'],
  ['0862', 'allow|permit|let|admit inspector|inspectors|monitor|monitors'],
  ['0861', 'accept|welcome|allow peacekeeper|peacekeepers|peacekeeping'],
  // "scrapped tariffs on Chinese steel", "dropped sanctions against Belarus": measures taken back.
  ['085', 'scrap|drop|remove|withdraw|roll sanction|sanctions|embargo|tariff|tariffs on|against'],
  ['081', 'ease|lift|relax|loosen restriction|curfew|ban|control|limit|rule'],
  ['0841', 'release|free|pardon prisoner|hostage|detainee|captive|activist|journalist|soldier|national'],
  // "handed over 90 prisoners of war", "handed over the bodies of four hostages": people returned, not a suspect extradited (063).
  ['0841', 'hand over prisoner|hostage|detainee|captive|body|remains|soldier'],
  // "returned the bodies of Ukrainian soldiers", "returned 40 prisoners of war": people (or their remains) given back.
  ['0841', 'return body|bodies|remains|prisoner|prisoners|hostage|hostages|detainee|detainees|captive|captives|pow|pows'],
  ['071', 'release|disburse|allocate million|billion|fund|funding|money|cash|loan|grant'],
  // "the EU unfroze funds for Hungary": money held back now paid out is economic aid.
  ['071', 'unfreeze|unfroze|unfrozen|unlock|unblock fund|funds|funding|aid|loan|loans|tranche|payment|payments for|to'],
  ['0841', 'release|free'],
  // "pardoned nine jailed separatist leaders": prisoners set free by pardon, not a forgiveness of another state (056).
  ['0841', 'pardon|amnesty'],
  ['0841', 'grant amnesty|clemency|pardon to'],
  ['0841', 'set free|loose'],
  // "Russia and Ukraine swapped prisoners": each side frees the other's people.
  ['0841', 'swap|exchange prisoner|captive|detainee|hostage|body', 'sym'],
  ['0841', 'order|approve|announce|authorize|authorise release of'],
  ['085', 'ease|lift|relax|end sanction|embargo|boycott'],
  // "took Cuba off the terror-sponsor blacklist": a listing taken back (the listing itself is 163).
  ['081', 'remove|delist|drop|take list sponsor|sponsors|terror|terrorism|terrorist|sanction|sanctions'],
  ['081', 'remove|delist|drop|take blacklist'],
  ['081', 'lift|revoke|rescind designation'],
  // "Sanctions on Belarus were lifted by the EU": the measure named before the verb, its lifter after "by".
  ['085', 'sanction|sanctions|embargo|embargoes * ease|lift|relax|end|scrap'],
  ['086', 'allow|permit inspector|observer|monitor|peacekeeper|access'],
  ['0871', 'declare|announce|agree ceasefire|truce', 'sym'],
  ['0871', 'accept|observe ceasefire|truce|armistice', 'sym'],
  ['0871', 'extend|renew|prolong ceasefire|truce|armistice', 'sym'],
  // "Israel and Hezbollah reached a ceasefire", "agreed to halt firing": both sides stop shooting at each other.
  ['0871', 'reach|seal|clinch|secure ceasefire|truce|armistice', 'sym'],
  ['0871', 'agree halt|stop|cease|end firing|fighting|hostility|hostilities|shelling', 'sym'],
  // "the rebels declared a cessation of hostilities": the formal name of a truce.
  ['0871', 'declare|announce|agree|reach cessation hostilities', 'sym'],
  // "A truce between Armenia and Azerbaijan held": each side stops firing at the other.
  ['0871', 'ceasefire|truce|armistice between', 'noun sym'],
  ['0874', 'withdraw|pull|retreat troop|force|soldier from'],
  // "pulled out of the nuclear deal": leaving an agreement reduces relations with its other parties (not a military retreat).
  ['160', 'pull|withdraw|walk out deal|agreement|accord|treaty|pact'],
  // "withdrew their ambassadors from Qatar": pulling envoys out cuts ties (161), unlike pulling troops out (0874).
  ['161', 'withdraw|pull ambassador|diplomat|envoy|embassy from'],
  // "ordered an end to military operations in Georgia": de-escalating (087), not talks ended.
  ['087', 'order|announce|declare end|halt|suspension military|operation|offensive|hostility'],
  ['087', 'halt|end|suspend|stop|cease military operation|offensive|hostility'],
  // "agreed to stop strikes on Syria's power plants": blows stopped, "on" naming whom; a labour strike ended "on
  // Monday" names a day, so a strike's target must follow "on" at once.
  ['087', 'halt|end|suspend|stop|cease|pause attack|attacks|shelling|bombing|bombardment on|against'],
  ['087', 'halt|end|suspend|stop|cease|pause strike|strikes on|against', 'objnext'],
  // "called off retaliatory strikes", "rebels called off their march on the capital": a blow or an armed advance given up (a
  // labour strike or a protest march called off is no military de-escalation, so "strikes" needs its kind, a march an armed side).
  ['087', 'call off offensive|attack|attacks|assault|raid|operation|invasion|incursion'],
  ['087', 'call off march|advance', 'armed'],
  ['087', 'call off retaliatory|military|air strike|strikes'],
  // "recaptured Kherson, forcing Russian troops to retreat": those forced out withdraw from whoever forced them (not 170).
  ['0874', 'force|compel troop|troops|force|forces|soldier|soldiers|army|fighter|fighters|rebel|rebels|militant|militants withdraw|retreat|flee|pull', 'rev'],
  // A bare "pull" is mostly a gun drawn, a win pulled off or a car pulled over; only "pull out|back" is a retreat.
  ['0874', 'withdraw|retreat|surrender'],
  ['0874', 'pull out|back'],
  // "The pullout of French troops from Niger was finished": the troops after "of" withdraw, from where "from" says.
  ['0874', 'withdrawal|pullout|pull-out|retreat troop|troops|soldier|soldiers|force|forces from', 'noun ofsource'],
  // "announced its withdrawal from the alliance", "Moscow's pullout from Kherson": a withdrawal named as a noun, from
  // whom "from" says (a body left is 160, see body-exit.ts).
  ['0874', 'withdrawal|pullout|pull-out|exit from', 'noun maker'],
  ['160', 'withdrawal|pullout|pull-out|exit from bloc|alliance|union|organisation|organization|grouping|commonwealth|league|federation|community|court', 'noun maker'],
  // "The release of two American hostages by Hamas": people freed, named as a noun, with the agent after "by".
  ['0841', 'release prisoner|prisoners|hostage|hostages|detainee|detainees|captive|captives', 'noun'],
  // "the last US troops left Iraq": troops leaving withdraw; a leader leaving for talks travels (042).
  ['0874', 'troop|troops|force|forces|soldier|soldiers * leave|exit|quit'],
  // "conceded territory to the rebels", "acceded to their demands"; a bare "concede" is mostly a goal conceded or a point granted in argument.
  ['080', 'compromise|accede|relent'],
  ['080', 'concede|yield|cede|relinquish|surrender territory|ground|land|control|power|island|region|demand|demands'],
  ['080', 'yield|cede|relinquish territory|ground|land|control|power|island|region to'],
  // "handed over the disputed peninsula to Cameroon": land given up is a yield; a suspect handed over is cooperation (063).
  ['080', 'hand|turn over territory|peninsula|island|islands|region|land|enclave|sovereignty|control to'],
  ['080', 'transfer|return sovereignty|territory|peninsula|island|islands|enclave to'],
  ...DISSENT_ROWS,
  ...POSTURE_ROWS,
  ...FORCE_ROWS,
];

/** The built-in patterns, with ids derived from code and phrase so every coded event names its rule. */
export const BUILTIN_PATTERNS: readonly EventPattern[] = rows.map(([codes, written, flags = '']) => ({
  id: `${codes.replace(':', '/')}:${written.replace(' * ', ' ').split(' ').map((part) => part.split('|')[0]).join('-')}${flags.includes('noun') ? ':noun' : ''}`,
  code: codes.split(':')[0] ?? codes,
  ...(codes.includes(':') ? { reverseCode: codes.split(':')[1] ?? codes } : {}),
  // "sanction * impose on": words before ` * ` come before the trigger ("Sanctions were imposed on Iran by…").
  phrase: written.includes(' * ') ? written.split(' * ')[1] ?? written : written,
  ...(written.includes(' * ') ? { before: (written.split(' * ')[0] ?? '').split(' ') } : {}),
  ...(flags.includes('sym') ? { isSymmetric: true } : {}),
  ...(flags.includes('noun') ? { isNoun: true } : {}),
  ...(flags.includes('rev') ? { isReversed: true } : {}),
  ...(flags.includes('objto') ? { needsObjectTo: true } : {}),
  ...(flags.includes('objnext') ? { needsObjectNext: true } : {}),
  ...(flags.includes('armed') ? { needsArmedSource: true } : {}),
  ...(flags.includes('ofsource') ? { hasOfSource: true } : {}),
  ...(flags.includes('maker') ? { needsSource: true } : {}),
  ...(flags.includes('aimed') ? { needsTarget: true } : {}),
  ...(flags.includes('names') ? { namesAct: true } : {}),
}));
