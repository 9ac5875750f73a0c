import type { PatternRow } from './pattern-row.ts';
import { DIPLOMATIC_STAFF, HEADS_OF_MISSION } from './builtin-posture-patterns.ts';

/** Armed subjects: "troops crossed into" is an incursion where "refugees crossed into" is not. */
const ARMED = 'troop|troops|force|forces|soldier|soldiers|tank|tanks|army|militant|militants|fighter|fighters|column|columns';

/** Rows of roots 17–20 (coercion, assault, fight, mass violence), in the built-in list's order. */
export const FORCE_ROWS: readonly PatternRow[] = [
  // 17 coerce
  ['170', 'coerce|pressure|pressurize|intimidate|harass|bully|blackmail'],
  ['170', 'face|come pressure from', 'rev'],
  ['171', 'seize|confiscate|nationalize|nationalise|impound'],
  // "expropriated foreign oil fields", "commandeered private trucks": property taken by order.
  ['171', 'expropriate|commandeer|requisition|loot|plunder|pillage'],
  ['1712', 'destroy|demolish|raze|bulldoze|vandalize|torch|burn'],
  // "a drone attack set fire to an oil depot": arson by whoever the subject is (crowds doing it protest, 145, above).
  ['1712', 'set fire to|on'],
  // "set cars and buildings ablaze": arson (crowds and youths doing it riot, 145).
  ['1712', 'set ablaze|alight'],
  ['145', 'youth|youths|rioter|rioters|protester|protesters|demonstrator|demonstrators|mob|mobs * set ablaze|alight'],
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
  // "banned girls from going to secondary school": rights of a part of the people curbed by rule.
  ['1721', 'bar|ban|forbid|prohibit woman|women|girl|girls', 'objnext'],
  // "revoked the province's autonomy": a region's self-rule withdrawn by the state ("revoked its special trade status" is a
  // sanction, so a bare status is left out).
  ['1721', 'revoke|scrap|strip|abolish|end autonomy'],
  // "ordered the UN officials out of the country": civilians sent away are expelled (ambassadors: 161; troops: 166).
  ['174', 'order official|officials|staff|employee|employees|worker|workers|journalist|journalists|correspondent|correspondents|expert|experts|foreigner|foreigners|migrant|migrants out|leave'],
  ['1723', 'impose curfew'],
  // "shut under a curfew ordered by the governor", "a curfew was declared by troops": the curfew named first, its maker after "by".
  ['1723', 'curfew * impose|declare|order|enforce by'],
  ['1724', 'declare|impose|approve|extend|renew|prolong emergency|martial'],
  // "declared a two-week countrywide state of emergency": the state named, its kind after a long modifier.
  ['1724', 'declare|impose|extend|prolong state emergency|siege'],
  ['173', 'arrest|detain|jail|imprison|indict|prosecute|apprehend|capture|round'],
  ['173', 'issue warrant for|against'],
  ['173', 'place|put under arrest|detention|custody'],
  // "prosecutors charged the former minister", "investigating judges charged two officials": charges brought by the state
  // are legal action, not an accusation (112).
  ['173', 'prosecutor|prosecutors|police|court|authorities|judge|judges|magistrate|magistrates * charge'],
  ['163', 'place|put under sanction|sanctions'],
  ['173', 'round|lock up'],
  ['173', 'take custody'],
  // "nabbed a smuggling suspect", "remanded him in custody", "held under house arrest": arrest and detention named other ways.
  ['173', 'nab|incarcerate|rearrest|interrogate'],
  ['173', 'remand custody|prison|jail|detention'],
  ['173', 'hold|keep under arrest|detention|custody'],
  ['173', 'summon|call|haul questioning|interrogation'],
  // "was sentenced to 15 years in prison", "sentenced him to death": CAMEO.2.0's dictionary files SENTENCE under root 17;
  // a sentence passed states a finding of guilt (116), which sentence-verdict.ts codes in its place. A bare conviction is
  // 116 alone.
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
  // "expelled two Russian diplomats", "ordered the expulsion of a consul": a mission's staff thrown out are people expelled
  // (174), as CAMEO.2.0 codes "expel diplomats" and outside coders code them; its head sent home cuts ties (161).
  ['174', `expel|eject ${DIPLOMATIC_STAFF}`],
  ['174', `kick|throw out ${DIPLOMATIC_STAFF}`],
  ['174', `${DIPLOMATIC_STAFF} * expel`],
  ['174', `order|tell|give ${DIPLOMATIC_STAFF} leave|out`],
  // "gave two consuls three days to leave": the staff's deadline, which the row of a force's deadline (166) would otherwise take.
  ['174', `give ${DIPLOMATIC_STAFF} day|days|week|weeks|hour|hours leave`],
  ['161', `order|announce|decide expulsion ${HEADS_OF_MISSION}`],
  ['174', `order|announce|decide expulsion ${DIPLOMATIC_STAFF}`],
  ['174', 'order|announce|decide expulsion|deportation of'],
  ['161', `expulsion ${HEADS_OF_MISSION}`, 'noun'],
  ['174', `expulsion ${DIPLOMATIC_STAFF}`, 'noun'],
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
  // "used rubber bullets to disperse striking miners": who was dispersed is the target.
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
  // "dragged two hostages into a van": captives dragged off are taken ("carry" is left out: a plane carrying hostages home
  // or rescuers carrying them to safety take no one).
  ['181', 'drag hostage|hostages|captive|captives'],
  // "held the crew at gunpoint": people held under threat of arms are taken hostage.
  ['181', 'hold|keep gunpoint'],
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
  // "soldiers beat three villagers", "youths beat rival fans": people beaten; "beat" alone wins matches and elections.
  ['182', 'beat man|men|woman|women|villager|journalist|reporter|fan|supporter|prisoner|detainee|inmate|migrant|refugee|student|farmer|activist|civilian|resident|worshipper|monk|teacher|worker|passenger|child|boy|girl|people|vendor|trader|driver'],
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
  // "a roadside bomb ripped through a bus depot": the bomb as subject, its victims the building's people; bombingCode names
  // its kind. Only a bomb: a bare "blast" or "explosion" tearing through a port or a ship's hull is as often an accident.
  ['183', 'bomb|bombs * tear|rip through'],
  // "insurgents steered a van full of dynamite into a border post": a vehicle bomb driven at its target (one with no
  // explosives named is no bombing, other-sense.ts).
  ['1832', 'ram|drive|crash|steer|smash truck|lorry|car|vehicle|van|tanker into'],
  ['184', 'use human shield'],
  ['185', 'attempt|try assassinate|kill'],
  // "The governor survived an assassination attempt": the survivor is the one attacked.
  ['185', 'survive|escape assassination|murder attempt|bid', 'rev'],
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
  // "an exchange of fire between the two armies": each side shoots at the other.
  ['190', 'exchange fire|gunfire|shot|shots between', 'noun sym'],
  // "Fighting broke out in Juba between soldiers loyal to Kiir and troops backing Machar": each side fights the other.
  ['190', 'clash|clashes|fighting|battle|battles|skirmish|skirmishes|gunbattle|gunbattles|firefight|violence * erupt|break|flare|resume between', 'sym'],
  // "pushed Russian troops back from Kharkiv": armed forces driven back are fought (as "drive back").
  ['190', 'push|throw|roll back', 'armed'],
  // "pushed the militants out of the market", "drove the rebels out of Goma": the other side's fighters forced from ground.
  ['190', 'push|drive|chase|flush|force|dislodge|kick out', 'armed'],
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
  // "answered with artillery fire on border villages": the shelling named as a noun, on whom "on" says.
  ['194', 'artillery|mortar|tank fire on|at|against', 'noun'],
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
  // "jets dropped bombs on a market town": bombs dropped on a place are an air attack on it.
  ['195', 'drop bomb|bombs on'],
  // "a missile strike on a hospital", "drone attacks against the port": the weapon names an air attack as "air" does.
  ['195', 'missile|drone|rocket strike|strikes|attack|attacks on|against', 'noun'],
  // "the Russian strike on a power plant", "Israel's strikes on Beirut": a strike with a state or force as its maker hits
  // the actor "on" names; a labour strike is "on" a day or "against" a reform, and its strikers' target is no actor hit.
  ['195', 'strike|strikes on', 'noun maker aimed'],
  // "pounded Houthi positions with air strikes": the weapon named makes it an air attack, not shelling (194).
  ['195', 'pound|hit|target|strike|batter|blast air|airstrike|warplane|jet|drone|missile|bomb'],
  ['196', 'violate|break|breach ceasefire|truce'],
  // 20 mass violence
  ['200', 'commit atrocity|atrocities'],
  // "forcing thousands of villagers to flee" follows from fighting; only people driven out are a mass expulsion.
  ['201', 'expel|drive thousand|hundred|population|resident|civilian'],
  // "forced hundreds of villagers out of the valley": people, not fighters, driven out (fighters pushed out are 190).
  ['201', 'expel|drive|force|push thousand|hundred|population|resident|civilian|villager out'],
  ['202', 'massacre|slaughter|exterminate'],
  ['202', 'commit genocide|massacre'],
  ['203', 'ethnically cleanse'],
  ['2041', 'use chemical|biological|gas weapon|attack'],
  // "used sarin against the rebels", "fired chlorine shells at Douma": chemical agents named for the weapon.
  ['2041', 'drop|fire|use|launch|deploy chlorine|sarin|mustard|nerve|chemical'],
  ['2042', 'detonate|explode|test nuclear'],
];
