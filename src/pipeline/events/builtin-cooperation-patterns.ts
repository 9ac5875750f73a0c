import type { PatternRow } from './pattern-row.ts';

/** Rows of roots 05–08 (diplomatic and material cooperation, aid, yield), in the built-in list's order. */
export const COOPERATION_ROWS: readonly PatternRow[] = [
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
  // "the two sides signed a cessation of hostilities", "signed documents on a base": a signed text binds its signers.
  ['057', 'sign|ink cessation|document|documents', 'sym'],
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
  // "passed intelligence on the plot to Togo": secrets handed over; "gave information to parliament" is a report, not
  // intelligence shared.
  ['064', 'pass|give|provide intelligence to'],
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
  // "wrote off Zambia's debt", "put $2 billion on deposit at Egypt's central bank": economic aid to the debtor.
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
  // "the two states carried out a prisoner swap", "a prisoner exchange between Kyiv and Moscow": the swap done (one agreed
  // to is an intent, 035).
  ['0841', 'carry|complete|conduct|finalise|finalize prisoner swap|exchange', 'sym'],
  ['0841', 'prisoner swap|exchange between', 'noun sym'],
  ['0841', 'prisoner swap|exchange with', 'noun'],
  ['0841', 'order|approve|announce|authorize|authorise release of'],
  // "lifted punitive tariffs on wine": economic penalties taken back, as sanctions are.
  ['085', 'ease|lift|relax|end sanction|embargo|boycott|tariff|tariffs'],
  // "took Cuba off the terror-sponsor blacklist": a listing taken back (the listing itself is 163).
  ['081', 'remove|delist|drop|take list sponsor|sponsors|terror|terrorism|terrorist|sanction|sanctions'],
  ['081', 'remove|delist|drop|take blacklist'],
  ['081', 'lift|revoke|rescind designation'],
  // "Sanctions on Belarus were lifted by the EU": the measure named before the verb, its lifter after "by".
  ['085', 'sanction|sanctions|embargo|embargoes * ease|lift|relax|end|scrap'],
  ['086', 'allow|permit inspector|observer|monitor|peacekeeper|access'],
  ['0871', 'declare|announce|agree|begin|start ceasefire|truce', 'sym'],
  ['0871', 'accept|observe ceasefire|truce|armistice', 'sym'],
  ['0871', 'extend|renew|prolong ceasefire|truce|armistice', 'sym'],
  // "Israel and Hezbollah reached a ceasefire", "agreed to halt firing", "agreed to a cease-fire": both sides stop shooting
  // at each other.
  ['0871', 'reach|seal|clinch|secure ceasefire|truce|armistice', 'sym'],
  ['0871', 'agree halt|stop|cease|end firing|fire|fighting|hostility|hostilities|shelling', 'sym'],
  // "the rebels declared a cessation of hostilities": the formal name of a truce.
  ['0871', 'declare|announce|agree|reach cessation hostilities', 'sym'],
  // "A truce between Armenia and Azerbaijan held": each side stops firing at the other.
  ['0871', 'ceasefire|truce|armistice between', 'noun sym'],
  ['0871', 'cease fire between', 'noun sym'],
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
];
