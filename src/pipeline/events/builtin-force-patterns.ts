import type { PatternRow } from './pattern-row.ts';

/** Armed subjects: "troops crossed into" is an incursion where "refugees crossed into" is not. */
const ARMED = 'troop|troops|force|forces|soldier|soldiers|tank|tanks|army|militant|militants|fighter|fighters|column|columns';

/** A state's envoys: expelling or recalling any of them cuts diplomatic ties (161), not just an ambassador. */
const ENVOYS = 'ambassador|ambassadors|diplomat|diplomats|envoy|envoys|consul|consuls|commissioner|attache|attaches';

/** Rows of roots 15–20 (force posture, reduced relations, coercion, assault, fight, mass violence), in the built-in list's order. */
export const FORCE_ROWS: readonly PatternRow[] = [
  // 15 force posture
  ['150', 'conduct|hold|stage military|live-fire|naval exercise|drill'],
  ['150', 'conduct|hold|stage exercise|drill|maneuver|manoeuvre'],
  // "began large-scale drills around Taiwan": drills held around or off a country are a show of force towards it.
  ['150', 'begin|start|launch|conduct|hold|stage exercise|drill|maneuver|manoeuvre|war around|near|off|encircling'],
  // "began two days of large-scale military drills around Taiwan": the drills named as a noun, too far from the verb.
  ['150', 'exercise|drill|maneuver|manoeuvre|wargame around|near|off|encircling', 'noun'],
  ['150', 'test-fire|test missile|rocket|weapon'],
  // "a navy patrol boat entered Guyanese waters", "warplanes violated Greek airspace": a military intrusion short of an attack.
  ['150', 'enter|violate|breach|intrude|penetrate waters|airspace'],
  // "test-fired a ballistic missile": a hyphenated verb is no trigger, so its first half (a noun) is.
  ['150', 'test fire missile|rocket', 'noun'],
  ['150', 'carry|conduct|stage missile|rocket|weapon test|launch'],
  // "fired a ballistic missile over Japan": a launch across a country's territory is a show of force towards it.
  ['150', 'fire|launch missile|rocket over'],
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
  ['154', 'deploy|station troop|force|soldier|warship|missile|tank near|along|on'],
  // "deployed troops to its border with Venezuela": a show of force towards the neighbour, not aid to it.
  ['154', 'send|dispatch|deploy|station|move|mass|amass troop|force|soldier|tank border|frontier with'],
  // "moved troops closer to the Ukrainian border": whose border it is names the target.
  ['154', 'send|dispatch|deploy|station|move|mass|amass troop|force|soldier|tank border|frontier'],
  // "ordered ten army battalions to the Colombian border", "rushed reinforcements to the frontier": units named other ways.
  ['154', 'send|dispatch|deploy|station|move|order|rush battalion|brigade|division|unit|reinforcement|reinforcements|paratrooper|paratroopers|tank border|frontier'],
  // "Russian troops massed on the border with Ukraine": the forces named before the verb gather at the other side's border.
  ['154', 'troop|troops|force|forces|soldier|soldiers|tank|tanks * mass|gather|concentrate|build border|frontier with'],
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
  // "suspended Libya from the Human Rights Council": a member suspended by name.
  ['160', 'suspend', 'objnext'],
  ['160', 'suspend|freeze|halt|cut cooperation|contact with'],
  // "ended its defence cooperation with France", "terminated the partnership with Moscow": ties cut back for good.
  ['160', 'end|terminate|scrap|sever|abandon cooperation|co-operation|partnership|contact with'],
  ['160', 'scrap|cancel|annul|terminate|abrogate|tear deal|agreement|accord|pact|treaty|project'],
  ['160', 'suspend|scrap|abandon|quit|exit|annul|revoke|terminate treaty|pact|accord|agreement with'],
  ['160', 'suspend|abandon|quit|exit treaty|pact|accord'],
  // "closed its airspace to Indian airlines": flights halted (CAMEO.2.0: halt flights 160); a border sealed is a blockade (191).
  ['160', 'close|shut airspace to|for'],
  ['161', 'cut|sever|break|suspend tie|relation|contact', 'sym'],
  // "Saudi Arabia and Egypt cut ties with Qatar": with whom names the target, so the subjects do not pair up.
  ['161', 'cut|sever|break|suspend tie|relation|contact with'],
  ['161', `expel|eject ${ENVOYS}`],
  ['161', `${ENVOYS} * expel`],
  ['161', `order|tell|give ${ENVOYS} leave|out`],
  // "recalled its ambassador from Lima": one's own envoy, so who it concerns comes after "from"/"to".
  ['161', `recall ${ENVOYS} from|to`],
  // "called home its ambassador", "ordered its envoy home", "sent the Dutch diplomats home": envoys brought or sent back.
  ['161', `call|summon|bring|order|send home ${ENVOYS}`],
  ['161', `call|summon|bring|order|send ${ENVOYS} home`],
  // "withdrew its ambassador to France": as recalled.
  ['161', `withdraw|pull ${ENVOYS} to`],
  ['161', `kick|throw out ${ENVOYS}`],
  // "declared two Russian diplomats persona non grata": envoys expelled.
  ['161', 'declare persona'],
  ['161', 'close embassy|consulate'],
  // "ordered Iran to close its embassy in London": the envoys sent home belong to the one ordered, not to the orderer.
  ['161', 'order|tell|force close embassy|consulate|mission', 'objto'],
  ['161', 'order|announce closure embassy|consulate'],
  ['162', 'cut|suspend|halt|stop|freeze|withhold|slash aid|assistance|funding|financing|support|delivery|shipment'],
  // "froze funds for Hungary", "halted disbursements to Afghanistan": money withheld from a country is economic aid stopped.
  ['1621', 'cut|suspend|halt|stop|freeze|withhold|block fund|funds|funding|financing|finance|grant|grants|loan|lending|programme|program|disbursement|disbursements|payment|payments|credit|tranche for|to'],
  // "suspended arms exports to Israel": military assistance stopped (CAMEO.2.0: stop arms shipment 1622).
  ['1622', 'suspend|halt|stop|freeze|ban|restrict|curb|block arm|arms|weapon|weapons export|sale|delivery|shipment|transfer to'],
  // "imposed anti-dumping deposits on Australian wine", "slapped visa restrictions on officials": trade and travel curbs aimed at a country.
  ['163', 'impose|slap|tighten|extend|renew|prolong|announce|approve|adopt|unveil sanction|embargo|boycott|tariff|duty|duties|ban|freeze|levy|levies|deposit|deposits|quota|quotas|restriction|restrictions|curb|curbs on|against'],
  ['163', 'impose|slap|tighten|extend sanction|embargo|boycott|tariff'],
  // "approved new sanctions targeting Iranian drone makers": the sanctioned are targeted, nobody is struck (195).
  ['163', 'impose|slap|announce|approve|adopt|unveil|extend sanction|embargo|measure target'],
  ['163', 'sanction|embargo|blacklist'],
  // "hit Russia with fresh sanctions": the longer pattern wins over hit as attack.
  ['163', 'hit|target|punish|slap sanction|tariff|embargo|penalty'],
  ['163', 'sanction|sanctions|embargo|embargoes|tariff|tariffs * impose|slap|tighten|extend on|against'],
  // "Sanctions on Iran were tightened by the EU": the target named before the verb, the agent after "by".
  ['163', 'sanction|sanctions|embargo|embargoes|tariff|tariffs * impose|slap|tighten|extend|expand'],
  ['163', 'freeze asset'],
  // "tightened export controls on materials used by South Korean chipmakers": trade curbs aimed at a country's buyers.
  ['163', 'tighten|impose|introduce|expand export|trade control|curb|restriction on|against'],
  // "tightened restrictions on exports to South Korea", "new curbs on shipments to China": trade curbs aimed at the buyer.
  ['163', 'tighten|impose|introduce|expand|extend|announce restriction|curb|control|limit|ban export|import|shipment|sale to|from'],
  // "The sanctions, announced on Friday, target Venezuela's oil ministry": the measure's target named after the verb.
  ['163', 'sanction|sanctions|embargo|measures * target'],
  ['163', 'add blacklist|entity'],
  // "returned Cuba to its list of state sponsors of terrorism", "designated the group a terrorist organisation": a listing is a sanction.
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
  // "cancelled talks with Greece", "postponed the summit": a two-word verb cannot share a row with one-word ones (the
  // second word would be read as the phrase's next word), so "call off" has its own.
  ['164', 'call off talk|negotiation|meeting|summit|dialogue'],
  ['164', 'cancel|scrap|postpone|shelve|delay|suspend talk|talks|negotiation|meeting|summit|dialogue'],
  // "announced the suspension of talks with Washington": the halt named as a noun by whoever announces it.
  ['164', 'announce|order|declare suspension|halt|end talk|talks|negotiation|negotiations|dialogue with'],
  ['166', 'withdraw|expel peacekeeper|inspector|observer|monitor|mission'],
  ['166', 'expel troop|force|soldier'],
  // "expelled the US aid agency USAID": aid bodies sent away are CAMEO 1663, not deportees (174). When the agencies are
  // only named by these words ("expelled three relief agencies"), the event keeps no target: a cost the dev sets outweigh.
  ['1663', 'expel|order agency|ngo|charity out'],
  ['1663', 'expel agency|ngo|charity'],
  // "kicked out the UN peacekeeping mission": peacekeepers sent away (1661).
  ['1661', 'kick|throw out peacekeeper|peacekeepers|peacekeeping|mission'],
  // "is evicting U.S. forces from the air base": foreign troops sent away.
  ['166', 'evict|oust troop|troops|force|forces|soldier|soldiers'],
  ['166', 'order|tell|ask peacekeeper|mission|observer|monitor|inspector|commission leave|withdraw|out'],
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
  // 17 coerce
  ['170', 'coerce|pressure|pressurize|intimidate|harass|bully|blackmail'],
  ['170', 'face|come pressure from', 'rev'],
  ['171', 'seize|confiscate|nationalize|nationalise|impound'],
  // "expropriated foreign oil fields", "commandeered private trucks": property taken by order.
  ['171', 'expropriate|commandeer|requisition|loot|plunder|pillage'],
  ['1712', 'destroy|demolish|raze|bulldoze|vandalize|torch|burn'],
  // "a drone attack set fire to an oil depot": arson by whoever the subject is (crowds doing it protest, 145, above).
  ['1712', 'set fire to|on'],
  // "destroyed dozens of Ukrainian military targets": destroying the other side's forces is fighting (190), not vandalism.
  ['190', 'destroy target|position|base|tank|depot|command|launcher|warplane|helicopter|drone'],
  ['172', 'ban|outlaw|prohibit|proscribe'],
  // "imposed a national security law on Hong Kong": rules forced on another actor are administrative sanctions.
  ['172', 'impose law|rule|restriction on'],
  // "lawmakers voted to impeach the president", "removed him from office": a leader deposed by an institution.
  ['172', 'impeach'],
  // "the army toppled President Bazoum": a leader deposed; "toppled the statue" or "unseated the champion" names no actor next.
  ['172', 'overthrow|topple|unseat|depose|oust', 'objnext'],
  ['172', 'remove|strip office|power|presidency|post|immunity|citizenship|nationality'],
  ['172', 'revoke|withdraw citizenship|nationality|passport|passports'],
  // "barred opposition candidates from the vote", "barred the foreign minister from landing": kept out by the authorities.
  ['172', 'disqualify|bar candidate|candidates|candidacy|contender|contenders|politician|politicians|party|parties|minister|ministers|official|officials|delegation|lawmaker|lawmakers|journalist|journalists'],
  ['172', 'criminalise|criminalize'],
  // "revoked the accreditation of foreign reporters": a permit withdrawn is an administrative sanction.
  ['172', 'revoke|withdraw|suspend|cancel accreditation|accreditations|credential|credentials|licence|license|registration'],
  ['172', 'shut|close down group|organization|organisation|party|newspaper|outlet|channel|station|office|ngo|website|site|broadcaster|radio|television|paper'],
  // "suspended Radio France Internationale", "banned the opposition newspaper": a news outlet silenced is an administrative sanction.
  ['172', 'suspend|ban|block|jam|switch|shut broadcaster|broadcasts|broadcast|radio|channel|newspaper|station|outlet|television|tv|website|network|signal|transmission'],
  // "banned imports of Australian coal", "banned 59 Chinese apps": shutting out another country's goods is an embargo.
  ['163', 'ban|bar import|export|product|good|app|apps|airline|flight|investment'],
  // "suspended all imports of Japanese seafood": a halt on buying from a country, as a ban.
  ['163', 'suspend|halt|stop|freeze|block|restrict|curb import|imports|purchase|purchases'],
  // "stopped buying Russian oil": purchases from a country halted.
  ['163', 'stop|halt|suspend|cease buying|purchasing|importing'],
  // "raised tariffs on Chinese goods": trade curbs tightened.
  ['163', 'raise|hike|increase|double|triple tariff|tariffs|duty|duties|levy|levies on|against'],
  ['1721', 'cordon|censor|restrict'],
  // "dissolved the main opposition party", "outlawed the movement": a party silenced (CAMEO 1722).
  ['1722', 'dissolve|disband|outlaw|ban|deregister party|parties|movement'],
  // "ordered the UN officials out of the country": civilians sent away are expelled (diplomats: 161; troops: 166).
  ['174', 'order official|officials|staff|worker|workers|journalist|journalists|correspondent|correspondents|expert|experts out|leave'],
  ['1723', 'impose curfew'],
  ['1724', 'declare|impose|approve|extend|renew|prolong emergency|martial'],
  ['173', 'arrest|detain|jail|imprison|indict|prosecute|apprehend|capture|round'],
  ['173', 'issue warrant for|against'],
  ['173', 'place|put under arrest|detention|custody'],
  // "prosecutors charged the former minister": charges brought by the state are legal action, not an accusation (112).
  ['173', 'prosecutor|prosecutors|police|court|authorities * charge'],
  ['163', 'place|put under sanction|sanctions'],
  ['173', 'round|lock up'],
  ['173', 'take custody'],
  // "nabbed a smuggling suspect", "remanded him in custody", "held under house arrest": arrest and detention named other ways.
  ['173', 'nab|incarcerate|rearrest|interrogate'],
  ['173', 'remand custody|prison|jail|detention'],
  ['173', 'hold|keep under arrest|detention|custody'],
  ['173', 'summon|call|haul questioning|interrogation'],
  // "was sentenced to 15 years in prison", "sentenced him to death": a sentence punishes, as CAMEO.2.0's dictionary codes
  // SENTENCE (root 17) and outside coders do; only a conviction is a finding of guilt (116).
  ['173', 'sentence year|years|month|months|prison|jail|death|life|colony|camp'],
  ['173', 'sentence'],
  ['173', 'jail|imprison for year|month|decade|life'],
  // "opened criminal proceedings against the former minister": legal action, as charges filed.
  ['173', 'open|launch|bring|begin|start|initiate|institute proceedings|prosecution against'],
  // "filed charges against the former minister", "put him on trial": legal action against a person.
  ['173', 'file|bring|press charge|charges against'],
  ['173', 'put|place trial'],
  ['173', 'put|throw behind bar'],
  // "ordered the arrest of its leader": the order is the act.
  ['173', 'order|approve|authorize|authorise arrest|detention of'],
  // "The arrest of the opposition leader by Ugandan police sparked protests": an arrest named as a noun, with its agent.
  ['173', 'arrest|detention of', 'noun'],
  ['174', 'deport|expel|banish|exile|eject'],
  ['174', 'evict'],
  // "ordered the expulsion of two Russian diplomats": as the verb, envoys sent home cut ties (161), anyone else is expelled (174).
  ['161', `order|announce|decide expulsion ${ENVOYS}`],
  ['174', 'order|announce|decide expulsion|deportation of'],
  ['161', `expulsion ${ENVOYS}`, 'noun'],
  ['174', 'expulsion|deportation of', 'noun'],
  ['175', 'crack down|crackdown on'],
  ['175', 'clamp down on'],
  ['175', 'clampdown on|against', 'noun'],
  // "the crackdown on protesters by security forces": repression named as a noun.
  ['175', 'crackdown on|against', 'noun'],
  ['175', 'launch|order|intensify|step crackdown|clampdown on|against'],
  ['175', 'suppress|repress|disperse'],
  // "riot police broke up a rally", "troops quelled the protests": a gathering dispersed by force.
  ['175', 'break up rally|protest|demonstration|gathering|march|sit-in|crowd|vigil'],
  ['175', 'quell|subdue|put protest|protests|unrest|riot|riots|uprising|revolt|rebellion|demonstration|demonstrations'],
  ['175', 'quell'],
  // "troops stormed the protest camp", "police cleared the sit-in": a protest broken up by force.
  ['175', 'storm|raid|clear|dismantle|bulldoze protest|encampment|sit-in|barricade|barricades'],
  // "riot police opened fire on the crowd": police shooting at people is repression (troops doing it fight, 193).
  ['175', 'police|policemen|riot * open fire on|at'],
  ['175', 'police|policemen|riot * fire on|at'],
  ['175', 'police|policemen|riot * shoot at'],
  // "police beat demonstrators with batons": force used on a protest; a beaten person alone is assault (182).
  ['175', 'beat|club|whip|baton protester|protesters|demonstrator|demonstrators|marcher|marchers|crowd|crowds'],
  ['175', 'use force|violence|baton|batons|truncheon|truncheons against|on protester|protesters|demonstrator|demonstrators|crowd|crowds'],
  ['175', 'fire|use tear|teargas|water|rubber gas|cannon|bullet'],
  ['175', 'teargas|tear-gas'],
  ['175', 'fire|use tear|teargas|water|rubber gas|cannon|bullet at|on'],
  // "used water cannon and tear gas to disperse protesters": who was dispersed is the target.
  ['175', 'fire|use tear|teargas|water|rubber gas|cannon|bullet disperse'],
  // "officers responded with volleys of tear gas": answering a crowd with riot weapons is repression, aimed at whoever it answers.
  ['175', 'respond|retaliate|reply tear|teargas|water|rubber gas|cannon|bullet'],
  ['176', 'hack|cyberattack'],
  ['176', 'launch|carry|conduct|mount cyberattack|cyber-attack|hack|hacking on|against'],
  ['176', 'hacker|hackers * break|hack into'],
  // 18 assault
  ['180', 'terrorize|terrorise'],
  ['181', 'kidnap|abduct|hijack|snatch'],
  ['181', 'take hostage|captive'],
  // "the rebels are holding 350 peacekeepers hostage": captives kept, as taken.
  ['181', 'hold|keep hostage|captive'],
  // "The abduction of 276 schoolgirls by Boko Haram shocked Nigeria": the act named as a noun, its agent after "by".
  ['181', 'kidnapping|abduction|kidnap of', 'noun'],
  // "seized 15 British sailors": people seized are taken hostage (181); a seized ship or asset is property (171).
  ['181', 'seize|grab|snatch sailor|crew|tourist|engineer|passenger|fisherman|fishermen|hiker|aid worker|missionary'],
  // "The 15 sailors were seized by Iran's Revolutionary Guards": the captors after "by".
  ['181', 'sailor|sailors|marine|marines|crew|tourist|tourists|hiker|hikers|engineer|engineers|passenger|passengers|fishermen|worker|workers|missionary|missionaries be * seize|grab|snatch|abduct|kidnap'],
  ['182', 'assault|beat|stab|attack physically'],
  ['182', 'beat|rough up'],
  ['182', 'stab|punch|flog'],
  ['1823', 'beat|stone|hack|stab|club to death'],
  ['1821', 'rape'],
  ['1821', 'sexually * assault|abuse|attack'],
  ['1822', 'torture'],
  ['1823', 'murder|lynch|behead|execute'],
  // "gunmen shot dead a presidential candidate", "gunned down the town's mayor": a political figure shot is assassinated.
  ['186', 'shoot|gun dead|down candidate|mayor|governor|lawmaker|senator|politician|legislator|congressman|congresswoman|minister|judge|prosecutor|president|premier|leader|activist|journalist'],
  ['1823', 'burn alive'],
  ['183', 'detonate|explode bomb|explosive|device'],
  ['183', 'plant|set off bomb|explosive|device'],
  // "blew up a gas pipeline": a target destroyed by explosives.
  ['183', 'blow up'],
  // "A bomb planted by the rebels exploded outside the ministry": whoever planted it set it off; a bomb that merely exploded names no one.
  ['183', 'plant|planted * explode|detonate|blow|go'],
  ['1831', 'suicide bomb|attack'],
  ['1831', 'blow himself|herself|themselves up'],
  ['1831', 'suicide bomber|attacker * kill|wound|attack|strike|target'],
  // "Taliban suicide bombers stormed the British Council": the bombers' assault is the bombing.
  ['1831', 'suicide bomber|bombers|attacker|attackers * storm|raid|ram'],
  ['1831', 'suicide attack|bombing on|against', 'noun'],
  ['1832', 'car bomb'],
  ['184', 'use human shield'],
  ['185', 'attempt|try assassinate|kill'],
  ['186', 'assassinate'],
  ['186', 'assassination of', 'noun'],
  // 19 fight
  ['190', 'attack|strike|raid|ambush|storm|assault|target|repel|repulse|rout|engage'],
  // "Russia hit Ukrainian power plants", "missiles hit an oil depot in Russia": a blow needs its target named next or a weapon
  // or force as subject; "fuel costs hit airlines" and "shares hit a yearly high" strike no one.
  ['190', 'strike|hit', 'objnext'],
  ['190', `${ARMED}|rebel|rebels|insurgent|insurgents|gunmen|attackers|missile|missiles|rocket|rockets|drone|drones|warplane|warplanes|jet|jets|shell|shells|bomb|bombs|airstrike|airstrikes|strike|strikes * hit`],
  ['190', 'hit', 'armed'],
  ['190', 'kill|wound|injure'],
  // "troops hunted down the rebels", "liberated the town": an armed force going after the other side.
  ['190', 'hunt down'],
  ['190', 'liberate', 'armed'],
  // "Three soldiers died in an ambush by Taliban fighters": coded only with the killers named (see isDeathVerb).
  ['190', 'die|perish'],
  ['190', 'lose life'],
  ['190', 'retake|recapture|regain|reclaim town|city|village|territory|area|control|district|base|airport from'],
  ['190', 'retake|recapture'],
  ['190', 'drive|beat|force back'],
  ['190', 'step|ramp up attack|offensive|assault|raid|strike on|against'],
  ['190', 'press|intensify|escalate|widen|expand offensive|attack|assault|campaign|operation against|on'],
  // "the navy sank a pirate mother ship": a vessel sunk in combat.
  ['190', 'sink|torpedo ship|vessel|boat|trawler|warship|tanker|frigate|submarine|destroyer|skiff'],
  // "a Chinese coast guard ship rammed a Philippine supply boat": a vessel struck on purpose.
  ['190', 'ram ship|vessel|boat|trawler|warship|tanker|frigate|patrol|cutter'],
  // "government troops crushed the rebellion": armed victory over the other side; a team that crushes a rival is no army.
  ['190', 'defeat|crush|overpower|overwhelm|vanquish|rout', 'armed'],
  ['194', 'intensify|escalate|step shelling|bombardment of|on'],
  ['194', 'shelling|bombardment of|on', 'noun'],
  ['195', 'bombing of', 'noun'],
  ['190', `${ARMED} * advance|close on|toward|towards|against`],
  ['190', 'shoot down'],
  ['190', 'fight|battle|clash', 'sym'],
  ['190', 'skirmish', 'sym'],
  ['190', 'exchange|trade fire|gunfire|shot|blow|artillery|rocket', 'sym'],
  // "police clashed with protesters": both sides fight, as PETRARCH's golds code it.
  ['190:190', 'fight|battle|clash with', 'sym'],
  ['190', 'launch|mount|carry|order offensive|attack|assault|strike|raid|operation against|on'],
  ['190', 'launch|mount|carry offensive|attack|assault|strike|raid|operation'],
  ['190', 'attack|offensive|assault|raid on|against', 'noun'],
  ['190', 'ambush on|against', 'noun'],
  // "withdrew after heavy fighting with government troops": the subject fought whoever "with" names.
  ['190', 'fighting|skirmish|skirmishes|gunbattle|firefight with', 'noun'],
  ['190', 'clash|fighting|battle|fight|skirmish|gunbattle|firefight|shootout between', 'noun sym'],
  // "pushed Russian troops back from Kharkiv": armed forces driven back are fought (as "drive back").
  ['190', 'push|throw|roll back', 'armed'],
  // "Turkish troops crossed into Syria": armed men crossing a border attack; refugees crossing do not, so a force must come first.
  ['190', `${ARMED} * cross into`],
  ['192', `${ARMED} * push|pour|roll|advance|move|march into`],
  ['192', 'incursion|invasion|push into', 'noun'],
  ['192', 'launch|mount|begin|start invasion|incursion of|into'],
  ['192', 'invasion of', 'noun'],
  ['192', 'annexation|occupation of', 'noun'],
  ['192', 'overrun|overran'],
  // "rebels swept into the city of Goma": armed men sweeping into a town take it; a team sweeping into the final does not.
  ['192', `${ARMED}|rebel|rebels|insurgent|insurgents|jihadist|jihadists * sweep|storm|burst|push into`],
  ['192', 'sweep|storm|burst into town|city|village|capital|stronghold|base|airport|port|province|district|suburb'],
  // "rebels swept into Aleppo": a named place right after; "swept into power" or "into the final" names none.
  ['192', 'sweep|burst|roll into', 'objnext armed'],
  ['192', `${ARMED}|rebel|rebels|insurgent|insurgents|jihadist|jihadists * enter`],
  ['191', 'blockade|besiege|encircle|surround'],
  ['191', 'impose|enforce|order|lay|declare blockade|siege'],
  // "the siege of Mariupol by Russian troops": the besieged place's country is the target, the agent from "by".
  ['191', 'siege|blockade|encirclement of', 'noun'],
  ['191', 'close|shut|seal border|crossing with|to'],
  // "announced the closure of its border with Belarus": as closing it.
  ['191', 'announce|order|decide closure|sealing border|crossing with|to'],
  // "sealed off the Gaza Strip", "cordoned off the town": movement in and out stopped.
  ['191', 'seal|cordon off'],
  ['192', 'occupy|invade|annex|capture|seize|take|overrun|wrest town|city|village|territory|area|region|airport|base|stronghold|outpost|position|port|peninsula|island|province|capital|oblast|district|crossing|hill|valley|oilfield|refinery|dam|bridge|suburb|neighbourhood|neighborhood|quarter'],
  // "rebels took control of the town", "government forces took full control of Aleppo"; a firm or a government taking
  // control of a business or of property fights no one, so the taker must be armed.
  ['192', 'occupy|invade|capture|seize|take|wrest control', 'armed'],
  ['192', `${ARMED}|rebel|rebels|insurgent|insurgents|jihadist|jihadists * occupy|invade|capture|seize|take|wrest control`],
  ['192', 'occupy|invade|annex'],
  ['193', 'shoot|gun'],
  ['193', 'open fire on|at'],
  ['193', 'fire on|at'],
  // "soldiers shot at the convoy": shooting aimed at someone, whether or not it hit.
  ['193', 'shoot at'],
  ['194', 'shell|bombard|pound'],
  ['194', 'fire artillery|shell|mortar|rocket|tank at|on|into|toward'],
  ['194', 'launch|lob|rain rocket|mortar|shell at|on|into|toward'],
  ['195', 'bomb|airstrike|strafe'],
  ['195', 'launch|carry|conduct air|drone|missile strike|raid'],
  ['195', 'launch|carry|conduct|order air|drone|missile strike|raid against|on'],
  ['195', 'launch|carry|conduct airstrike|bombing'],
  ['195', 'fire|launch missile|drone at|on|into|toward'],
  // "Russian missiles slammed into an apartment block": a weapon slamming into something hits it, no one is criticised.
  ['195', 'missile|missiles|rocket|rockets|drone|drones * slam|smash into'],
  ['195', 'airstrike|bombing|drone on|against', 'noun'],
  ['195', 'air strike|raid|attack on|against', 'noun'],
  // "pounded Houthi positions with air strikes": the weapon named makes it an air attack, not shelling (194).
  ['195', 'pound|hit|target|strike|batter|blast air|airstrike|warplane|jet|drone|missile|bomb'],
  ['196', 'violate|break|breach ceasefire|truce'],
  // 20 mass violence
  ['200', 'commit atrocity|atrocities'],
  // "forcing thousands of villagers to flee" follows from fighting; only people driven out are a mass expulsion.
  ['201', 'expel|drive thousand|hundred|population|resident|civilian'],
  ['202', 'massacre|slaughter|exterminate'],
  ['202', 'commit genocide|massacre'],
  ['203', 'ethnically cleanse'],
  ['2041', 'use chemical|biological|gas weapon|attack'],
  ['2042', 'detonate|explode|test nuclear'],
];
