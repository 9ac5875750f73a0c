import type { PatternRow } from './pattern-row.ts';

/** A mission's heads: expelling one cuts diplomatic ties (161), as recalling one does. */
export const HEADS_OF_MISSION = 'ambassador|ambassadors|envoy|envoys|commissioner';
/** A mission's staff: expelled, they are people expelled (174), as CAMEO.2.0 codes "expel diplomats"; recalled, ties cut (161). */
export const DIPLOMATIC_STAFF = 'diplomat|diplomats|consul|consuls|attache|attaches';
/** A state's envoys of any rank: recalling or summoning any of them cuts or strains ties (161). */
export const ENVOYS = `${HEADS_OF_MISSION}|${DIPLOMATIC_STAFF}`;

/** Rows of roots 15–16 (force posture, reduced relations), in the built-in list's order. */
export const POSTURE_ROWS: readonly PatternRow[] = [
  // 15 force posture
  ['150', 'conduct|hold|stage military|live-fire|naval exercise|drill'],
  ['150', 'conduct|hold|stage exercise|drill|maneuver|manoeuvre'],
  // "began large-scale drills around Taiwan": drills held around or off a country are a show of force towards it.
  ['150', 'begin|start|launch|conduct|hold|stage exercise|drill|maneuver|manoeuvre|war around|near|off|encircling'],
  // "started a week of joint naval drills near the Kuril Islands": the drills named as a noun, too far from the verb.
  ['150', 'exercise|drill|maneuver|manoeuvre|wargame around|near|off|encircling', 'noun'],
  ['150', 'test-fire|test missile|rocket|weapon'],
  // "a navy patrol boat entered Guyanese waters", "warplanes violated Greek airspace": a military intrusion short of an attack.
  ['150', 'enter|violate|breach|intrude|penetrate waters|airspace'],
  // "test-fired a ballistic missile": a hyphenated verb is no trigger, so its first half (a noun) is.
  ['150', 'test fire missile|rocket', 'noun'],
  ['150', 'carry|conduct|stage missile|rocket|weapon test|launch'],
  // "carried out a second nuclear test": a weapon tested, as a missile test is.
  ['150', 'carry|conduct|stage nuclear|atomic|underground test|explosion|blast'],
  // "fired a ballistic missile over Japan": a launch across a country's territory is a show of force towards it.
  ['150', 'fire|launch missile|rocket over'],
  // "launched three rockets into waters near its southern islands": a launch at no one is a show of force.
  ['150', 'fire|launch missile|missiles|rocket|rockets sea|waters'],
  ['152', 'raise|heighten|increase alert'],
  // "put the army on the highest level of combat readiness": a force readied, as on alert.
  ['152', 'raise|heighten|increase readiness'],
  ['152', 'put|place force|forces|troop|troops|army|military|arsenal|unit|units readiness|level'],
  ['152', 'put alert'],
  // "put its forces in Estonia on high alert": the alert raised for forces, wherever they stand.
  ['152', 'put|place force|forces|troop|troops|army|military|arsenal|unit|units alert'],
  // "scrambled fighter jets to intercept Russian bombers": a show of force towards whoever is intercepted.
  ['150', 'scramble jet|fighter|warplane|aircraft|interceptor'],
  ['154', 'mobilize|mobilise|mass|amass|reinforce troop|force|soldier|reservist'],
  ['154', 'mobilize|mobilise|reinforce'],
  // "ordered a partial mobilisation", "declared a general mobilization": the call-up named as a noun.
  ['154', 'order|declare|announce|decree|begin|launch mobilisation|mobilization'],
  ['154', 'deploy|station troop|force|soldier|warship|missile|tank near|along|on'],
  // "deployed troops to its border with Venezuela": a show of force towards the neighbour, not aid to it.
  ['154', 'send|dispatch|deploy|station|move|mass|amass|order troop|force|soldier|tank border|frontier with'],
  // "moved troops closer to the Ukrainian border": whose border it is names the target.
  ['154', 'send|dispatch|deploy|station|move|mass|amass|order troop|force|soldier|tank border|frontier'],
  // "ordered ten army battalions to the Colombian border", "rushed reinforcements to the frontier": units named other ways.
  ['154', 'send|dispatch|deploy|station|move|order|rush battalion|brigade|division|unit|reinforcement|reinforcements|paratrooper|paratroopers|tank border|frontier'],
  // "Russian troops massed on the border with Ukraine": the forces named before the verb gather at the other side's border.
  ['154', 'troop|troops|force|forces|soldier|soldiers|tank|tanks * mass|gather|concentrate|build border|frontier with'],
  // "ordered 2,000 troops to Lyon", "ordered soldiers onto the streets": forces sent somewhere by order are a show of force
  // there, at home or abroad (an order "to withdraw" or "to fire" is no place; see find-trigger's infinitive mark).
  ['154', 'order troop|soldier|force|army|military|tank|battalion|unit|reinforcement|reinforcements|gendarme|paratrooper|marine to|into|onto'],
  ['154', 'deploy|station|move tank|warship|missile|vehicle|jet|aircraft|bomber|weapon|warplane to|in|into'],
  ['154', 'dispatch|sail warship|carrier|destroyer|frigate|bomber|submarine to|into|near'],
  // "sent warships near Taiwan"; "sent a warship carrying aid to Georgia" is aid (070), so "send" takes only "near" or "off".
  ['154', 'send warship|carrier|destroyer|frigate|bomber|submarine near|off|around'],
  // "Chinese warships sailed around Taiwan": warships or bombers circling a country show force towards it.
  ['150', 'warship|warships|carrier|carriers|destroyer|destroyers|frigate|frigates|bomber|bombers|warplane|warplanes|submarine|submarines * sail|fly|circle|patrol around|near|off|close'],
  // 16 reduce relations
  ['160', 'downgrade|freeze tie|relation'],
  // "downgraded its embassy in Tel Aviv": fewer envoys is diplomatic relations reduced (CAMEO 161).
  ['161', `downgrade embassy|mission|representation|${ENVOYS}`],
  ['160', 'suspend|freeze membership'],
  // "called off a visit by the Japanese prime minister", "denied entry to the foreign minister", "suspended flights to France":
  // contact cut back (CAMEO.2.0 codes a cancelled visit, a denied entry and halted flights 160).
  ['160', 'cancel|postpone|scrap|delay|shelve visit|trip'],
  ['160', 'call off visit|trip'],
  ['160', 'deny|refuse|bar entry to'],
  ['160', 'suspend|halt|cancel|stop|ground flight|flights to|from'],
  // "withdrew from the International Criminal Court", "quit OPEC": membership of a body given up.
  ['160', 'withdraw|pull|quit|exit|leave court|icc|unesco|opec|council'],
  ['160', 'leave bloc|alliance|organisation|organization|commonwealth'],
  // "suspended visa services for Canadians": travel between the two cut back.
  ['160', 'suspend|halt|stop|freeze visa|visas for|to'],
  // "agreed to exclude Myanmar's junta chief from the summit", "expelled Russia from the Council of Europe": shut out of a body.
  ['160', 'exclude|expel|oust summit|meeting|bloc|alliance|grouping|organisation|organization|commonwealth|council|g8|g7|g20'],
  // "suspended the ceasefire with the FARC faction": a truce called off reduces relations with the other side.
  ['160', 'suspend|end|scrap|cancel|abandon|terminate ceasefire|truce|armistice with'],
  // "withdrew from the regional bloc", "quit the alliance": membership given up.
  ['160', 'withdraw|pull|quit|exit bloc|union|alliance|organisation|organization|grouping|commonwealth|league|federation|community'],
  ['160', 'end|renounce|relinquish|give membership'],
  // "shut NATO supply routes into Afghanistan": transit halted for the actor named.
  ['160', 'shut|close|block|halt|suspend|cut supply|transit route|routes|line|lines|corridor|corridors'],
  // "suspended Belarus from the Council of Europe": a member suspended by name.
  ['160', 'suspend', 'objnext'],
  // "suspended border coordination with Rwanda", "paused intelligence sharing with Bogota": joint work stopped is ties cut back.
  ['160', 'suspend|freeze|halt|pause|cut cooperation|coordination|sharing|contact with'],
  // "ended its defence cooperation with France", "terminated the partnership with Moscow": ties cut back for good.
  ['160', 'end|terminate|scrap|sever|abandon cooperation|co-operation|coordination|partnership|contact with'],
  ['160', 'scrap|cancel|annul|terminate|abrogate|tear deal|agreement|accord|pact|treaty|project'],
  ['160', 'suspend|scrap|abandon|quit|exit|annul|revoke|terminate treaty|pact|accord|agreement with'],
  ['160', 'suspend|abandon|quit|exit treaty|pact|accord'],
  // "closed its airspace to Indian airlines": flights halted (CAMEO.2.0: halt flights 160); a border sealed is a blockade (191).
  ['160', 'close|shut airspace to|for'],
  ['161', 'cut|sever|break|suspend tie|relation|contact', 'sym'],
  // "Saudi Arabia and Egypt cut ties with Qatar": with whom names the target, so the subjects do not pair up.
  ['161', 'cut|sever|break|suspend tie|relation|contact with'],
  ['161', `expel|eject ${HEADS_OF_MISSION}`],
  ['161', `${HEADS_OF_MISSION} * expel`],
  // "gave the envoy two days to leave": an envoy told to go is a diplomat expelled (174), as diplomats told to leave are;
  // outside coders mostly read "expelled the ambassador" (161 above) as ties cut.
  ['174', `order|tell|give ${HEADS_OF_MISSION} leave|out`],
  // "recalled its ambassador from Lima": one's own envoy, so who it concerns comes after "from"/"to".
  ['161', `recall ${ENVOYS} from|to`],
  // "called home its ambassador", "ordered its envoy home", "sent the Dutch diplomats home": envoys brought or sent back.
  ['161', `call|summon|bring|order|send home ${ENVOYS}`],
  ['161', `call|summon|bring|order|send ${ENVOYS} home`],
  // "withdrew its ambassador to France": as recalled.
  ['161', `withdraw|pull ${ENVOYS} to`],
  ['161', `kick|throw out ${HEADS_OF_MISSION}`],
  // "declared two Russian diplomats persona non grata": envoys expelled.
  ['161', 'declare persona'],
  ['161', 'close embassy|consulate'],
  // "ordered Iran to close its embassy in London": the envoys sent home belong to the one ordered, not to the orderer.
  ['161', 'order|tell|force close embassy|consulate|mission', 'objto'],
  ['161', 'order|announce closure embassy|consulate'],
  ['162', 'cut|suspend|halt|stop|pause|freeze|withhold|slash aid|assistance|funding|financing|support|delivery|shipment'],
  // "froze funds for Hungary", "halted disbursements to Afghanistan": money withheld from a country is economic aid stopped.
  ['1621', 'cut|suspend|halt|stop|pause|freeze|withhold|block fund|funds|funding|financing|finance|grant|grants|loan|lending|programme|program|disbursement|disbursements|payment|payments|credit|tranche for|to'],
  // "suspended arms exports to Israel": military assistance stopped (CAMEO.2.0: stop arms shipment 1622).
  ['1622', 'suspend|halt|stop|freeze|ban|restrict|curb|block arm|arms|weapon|weapons export|sale|delivery|shipment|transfer to'],
  // "paused all military aid to Kyiv": military assistance stopped, as arms shipments are.
  ['1622', 'cut|suspend|halt|stop|pause|freeze military aid|assistance'],
  // "imposed anti-dumping deposits on Australian wine", "slapped visa restrictions on officials": trade and travel curbs aimed at a country.
  ['163', 'impose|slap|tighten|extend|renew|prolong|announce|approve|adopt|unveil sanction|embargo|boycott|tariff|duty|duties|ban|freeze|levy|levies|deposit|deposits|quota|quotas|restriction|restrictions|curb|curbs on|against'],
  ['163', 'impose|slap|tighten|extend sanction|embargo|boycott|tariff'],
  // "expanded sanctions on Iranian officials", "broadened its embargo on Iranian oil": more of a sanction
  // already in force is a sanction imposed.
  ['163', 'widen|expand|broaden sanction|sanctions|embargo|tariff|tariffs on|against'],
  // "approved new sanctions targeting Iranian drone makers": the sanctioned are targeted, nobody is struck (195).
  ['163', 'impose|slap|announce|approve|adopt|unveil|extend sanction|embargo|measure target'],
  ['163', 'sanction|embargo|blacklist'],
  // "hit Russia with fresh sanctions": the longer pattern wins over hit as attack.
  ['163', 'hit|target|punish|slap sanction|tariff|embargo|penalty'],
  ['163', 'sanction|sanctions|embargo|embargoes|tariff|tariffs * impose|slap|tighten|extend on|against'],
  // "Sanctions on Iran were tightened by the EU": the target named before the verb, the agent after "by".
  ['163', 'sanction|sanctions|embargo|embargoes|tariff|tariffs * impose|slap|tighten|extend|expand'],
  ['163', 'freeze asset'],
  // "voted to cut two Belarusian banks off SWIFT", "expelled Iran from SWIFT": a state's banks shut out of payments.
  ['163', 'cut|exclude|disconnect|remove|ban|expel|bar bank|banks|lender|lenders swift'],
  ['163', 'cut|exclude|disconnect|remove|ban|expel|bar swift'],
  // "tightened export controls on materials used by South Korean chipmakers": trade curbs aimed at a country's buyers.
  ['163', 'tighten|impose|introduce|expand export|trade control|curb|restriction on|against'],
  // "tightened restrictions on exports to South Korea", "new curbs on shipments to China": trade curbs aimed at the buyer.
  ['163', 'tighten|impose|introduce|expand|extend|announce restriction|curb|control|limit|ban export|import|shipment|sale to|from'],
  // "The sanctions, announced on Friday, target Venezuela's oil ministry": the measure's target named after the verb.
  ['163', 'sanction|sanctions|embargo|measures * target'],
  ['163', 'add blacklist|entity'],
  // "put Cuba back on its terror-sponsor list", "designated the group a terrorist organisation": a listing is a sanction.
  ['163', 'add|return|put|place|include|relist list|blacklist|register'],
  ['163', 'designate|redesignate|relist sponsor|terrorist'],
  // "New US sanctions against Iran took effect": with no verb event, the measure named as a noun is the event.
  ['163', 'sanction|embargo against', 'noun'],
  // "New US sanctions on Russia took effect": as with "against"; an easing or lifting named first is the act instead (085).
  ['163', 'sanction|embargo|ban|boycott on', 'noun'],
  // "Washington's tariffs on Chinese goods", "Japan's curbs on exports": trade measures named as nouns, by their maker.
  ['163', 'tariff|tariffs|levy|levies|duty|duties|curb|curbs on', 'noun maker'],
  ['085', 'lift|lifting|ease|easing|end|removal sanction|embargo on|against', 'noun'],
  // "ordered the reimposition of sanctions on Iran": sanctions put back are sanctions imposed.
  ['163', 'reimpose|restore|reinstate sanction|embargo on|against'],
  ['163', 'order|announce|approve|decide reimposition|restoration|return sanction|embargo on|against'],
  ['163', 'freeze|halt|suspend|ban|cut trade|import|export with|from'],
  // "halted gas supplies to Ukraine": cutting off energy is an embargo on the buyer.
  ['163', 'halt|cut|stop|suspend|shut gas|oil|coal|energy|fuel|electricity|power to'],
  // "halted exports to Israel", "suspended grain sales to Egypt": goods held back from a buyer ("aid shipments" stay 162).
  ['163', 'halt|cut|stop|suspend|freeze export|exports|sale|sales to'],
  ['164', 'halt|suspend|end|break|abandon|quit|walk talk|negotiation|dialogue'],
  ['164', 'withdraw|pull talk|negotiation|dialogue'],
  // "pulled out of the negotiations": more words than the retreat row's "pull out", so it wins there.
  ['164', 'pull out talk|negotiation|dialogue'],
  // "cancelled talks with Greece", "postponed the summit": a two-word verb cannot share a row with one-word ones (the
  // second word would be read as the phrase's next word), so "call off" has its own.
  ['164', 'call off talk|negotiation|meeting|summit|dialogue'],
  ['164', 'cancel|scrap|postpone|shelve|delay|suspend talk|talks|negotiation|meeting|summit|dialogue'],
  // "announced the suspension of talks with Washington": the halt named as a noun by whoever announces it.
  ['164', 'announce|order|declare suspension|halt|end talk|talks|negotiation|negotiations|dialogue with'],
  // "expelled the UN peacekeepers", "ordered the monitoring mission out": peacekeepers (1661) or monitors sent away.
  ['1661', 'withdraw|expel peacekeeper|peacekeepers|peacekeeping|mission'],
  ['166', 'withdraw|expel inspector|observer|monitor'],
  ['166', 'expel troop|force|soldier'],
  // "expelled the US aid agency USAID": aid bodies sent away are CAMEO 1663, not deportees (174). When the agencies are
  // only named by these words ("expelled three relief agencies"), the event keeps no target: a cost the dev sets outweigh.
  ['1663', 'expel|order agency|ngo|charity out'],
  ['1663', 'expel agency|ngo|charity'],
  // "kicked out the UN peacekeeping mission": peacekeepers sent away (1661).
  ['1661', 'kick|throw out peacekeeper|peacekeepers|peacekeeping|mission'],
  // "is evicting U.S. forces from the air base": foreign troops sent away.
  ['166', 'evict|oust troop|troops|force|forces|soldier|soldiers'],
  ['1661', 'order|tell|ask peacekeeper|peacekeepers|peacekeeping|mission leave|withdraw|out'],
  ['166', 'order|tell|ask observer|monitor|inspector|commission leave|withdraw|out'],
  // "barred IAEA inspectors from working in the country": monitors sent away or kept out (CAMEO 1662).
  ['1662', 'bar|ban|expel|eject|deny inspector|inspectors|monitor|monitors'],
  // "ordered French troops to leave the country": foreign forces sent away, as peacekeepers are.
  ['166', 'order|tell|ask troop|troops|force|forces|soldier|soldiers leave|withdraw|out'],
  // "ordered the United States to leave the air base": a foreign force's base given up on order.
  ['166', 'order|tell|ask leave|vacate base|bases|airbase', 'objto'],
  // "gave the United States 180 days to pull its troops out": a deadline to leave sends the forces away.
  ['166', 'give day|days|month|months|week|weeks|hour|hours pull|withdraw|remove|leave'],
  // "voted to close the US air base at Manas": a foreign force's base shut on it by decision ("France must close its bases"
  // is a demand on France, not this).
  ['166', 'vote|order|decide|announce * close|shut air|military|naval base|bases|airbase'],
];
