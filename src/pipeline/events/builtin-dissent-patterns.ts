import type { PatternRow } from './pattern-row.ts';

/** Rows of roots 09–14 (investigate, demand, disapprove, reject, threaten, protest), in the built-in list's order. */
export const DISSENT_ROWS: readonly PatternRow[] = [
  // 09 investigate
  ['090', 'investigate|probe|examine|inspect'],
  ['090', 'launch|open|order investigation|probe|inquiry'],
  // "voted to set up a fact-finding mission on Iran": a body set up to inquire names the country it looks into.
  ['090', 'set|establish|create|appoint fact-finding|inquiry|commission|probe|investigation on|into|in'],
  // "sent inspectors to Syria": inspectors are sent to look into what a country did or holds.
  ['090', 'send|dispatch inspector|investigator to'],
  ['090', 'send|set|establish|create|appoint mission|fact-finding on'],
  ['093', 'investigate attack|strike|shelling|bombing'],
  // 10 demand
  ['100', 'demand'],
  // "A regional court ordered Ghana to release…": a court's order to a state is a demand on it.
  ['100', 'court|tribunal|judge|ruling|justice|icj * order', 'objto'],
  ['106', 'demand withdrawal|pullout|retreat'],
  ['1053', 'demand release'],
  ['107', 'demand ceasefire|truce'],
  ['107', 'pass|adopt|approve resolution demand|call ceasefire|truce'],
  ['100', 'pass|adopt|approve resolution demand'],
  // "passed a resolution requiring Libya to disband its militias": a binding resolution demands of whom it binds.
  ['100', 'pass|adopt|approve resolution require|order|oblige|compel', 'objto'],
  ['108', 'demand talk|meeting|negotiation'],
  // "Russia's demand that Ukraine withdraw", "an African Union demand for Mali to hold early elections": a demand named as a noun, by its maker.
  ['100', 'demand that', 'noun maker'],
  // "to meet demand for cars in Asia": market demand is no demand made, so "for" needs an actor asked "to" do something.
  ['100', 'demand for', 'noun maker objto'],
  ['1042', 'demand change|reform'],
  ['1041', 'demand resignation|ouster'],
  ['1041', 'demand|call removal|impeachment|resignation|ouster of'],
  // 11 disapprove
  ['110', 'disapprove|oppose|object'],
  ['111', 'criticize|criticise|condemn|denounce|slam|blast|decry|deplore|rebuke|censure|lambast|chide|scold|berate|ridicule'],
  ['111', 'voice|express opposition|criticism|outrage|displeasure|dissatisfaction|anger|disapproval|disappointment|frustration|dismay|indignation|disgust|exasperation|revulsion|abhorrence|horror'],
  ['111', 'castigate|excoriate|pillory|vilify|upbraid|reproach|admonish|disparage|deride|lambaste|bash'],
  // "lashed out at Washington", "hit out at Kiev": the longer pattern wins over hit as attack.
  ['111', 'lash|hit out at'],
  ['111', 'reprimand|assail|mock|chastise'],
  // "found fault with Washington", "took Beijing to task", "rounded on the opposition": criticism in other words.
  ['111', 'reprove'],
  ['111', 'find fault with'],
  ['111', 'take task'],
  ['111', 'round on|upon'],
  ['111', 'take issue with'],
  // "took aim at Washington", "railed against the West", "poured scorn on the sanctions": criticism in other words.
  ['111', 'take aim at'],
  ['111', 'rail against'],
  ['111', 'pour scorn on'],
  // "branded the battalion a terrorist group": a label pinned on the actor named right after.
  ['111', 'brand', 'objnext'],
  ['111', 'hit|strike back at'],
  ['111', 'trade|exchange barb|insult|criticism|jibe', 'sym'],
  ['111', 'condemnation|criticism|denunciation of', 'noun'],
  // "described the junta as illegitimate", "branded Kyiv a terrorist state", "described the blockade as an act of war":
  // only with a condemning name (naming-judgement.ts), and only with someone found to be judged.
  ['111', 'describe|brand|label|dub|term|characterize|characterise', 'names'],
  // "calling the vote a sham", "described the strikes as a war crime": an act condemned by name (naming-judgement.ts) is
  // disapproval of whoever the sentence says did it.
  ['111', 'call|describe|brand|label|term takeover|raid|attack|strike|strikes|killing|killings|election|vote|referendum|move|decision|invasion|incursion|arrest|arrests|verdict|ruling|law|test|launch|sanction|sanctions|operation|offensive|annexation|occupation|crackdown|action|actions|act|step|trial|prosecution', 'names'],
  // "in a raid the interior ministry described as terrorism": the act named first.
  ['111', 'attack|strike|strikes|raid|move|decision|action|act|operation|offensive|incursion|election|vote|referendum|takeover * call|describe|brand|term', 'names'],
  // "…, in what Seoul called a grave provocation", "…, which Kyiv described as a war crime": the act of the clause before,
  // named by whoever the relative's subject is.
  ['111', 'what|which * call|describe|brand|term', 'names'],
  // "the General Assembly passed a resolution condemning Russia": the body voting is the one condemning, demanding or calling.
  ['111', 'pass|adopt|approve resolution condemn|criticize|criticise|denounce|deplore'],
  // "drew condemnation from Germany, France and Italy": those condemning are the source, whoever drew it the target.
  ['111', 'draw|face|earn|prompt|provoke|spark|trigger|attract criticism|condemnation|censure|rebuke|outcry|rebuttal from', 'rev'],
  ['111', 'come under criticism|attack|fire from', 'rev'],
  ['112', 'accuse|blame|charge|allege'],
  ['112', 'hold responsible|accountable|liable'],
  // "the board found Iran in breach of its obligations": a body's finding of a breach accuses; a court's verdict is another matter.
  ['112', 'find breach|violation|non-compliance'],
  ['112', 'point finger at'],
  ['112', 'implicate'],
  // "India and Pakistan traded accusations": each side accuses the other.
  ['112', 'trade|exchange accusation|blame|allegation', 'sym'],
  ['112', 'present|produce|show|provide|have evidence|proof against'],
  ['112', 'evidence|proof against', 'noun'],
  // "China's accusation that the United States…", "allegations by Rwanda that France…": an accusation named as a noun, its maker the possessor or "by".
  ['112', 'accusation|allegation that', 'noun maker'],
  // "Moscow's accusations against Kyiv": as "that", the accused named after "against".
  ['112', 'accusation|allegation against', 'noun maker'],
  ['112', 'have|present|produce evidence|proof that|proving|showing'],
  ['1121', 'accuse|charge of corruption|crime|fraud|bribery|murder|terrorism'],
  // "charged the protest leaders with sedition": a formal charge is legal action (173), an accusation "of" is not.
  ['173', 'charge with crime|crimes|sedition|treason|terrorism|murder|corruption|fraud|espionage|spying|rebellion|subversion|insurrection|incitement|genocide|plotting|plot|coup|conspiracy|conspiring|separatism|extremism|hooliganism|embezzlement|laundering|inciting|rioting|sabotage|blasphemy|defamation|insulting|undermining'],
  ['1122', 'accuse of abuse|torture|violation'],
  ['1123', 'accuse of aggression|attack|provocation|invasion|attacking|shelling'],
  ['1124', 'accuse of war crime|genocide|atrocity'],
  ['1125', 'accuse of spying|espionage|treason'],
  ['113', 'rally opposition'],
  ['114', 'complain|protest to'],
  ['114', 'lodge|file|make complaint|protest'],
  ['114', 'summon ambassador|envoy|diplomat|charge|commissioner|consul'],
  ['114', 'call in ambassador|envoy|diplomat|charge|commissioner|consul'],
  ['114', 'deliver|hand|send protest|note|demarche|démarche'],
  // "Russia's ambassador was summoned by the Polish foreign ministry".
  ['114', 'ambassador|envoy|diplomat * summon'],
  // "would summon China's ambassador to protest over an intrusion": the protest the envoy is summoned for, aimed at the intruder.
  ['114', 'summon * protest'],
  ['115', 'sue'],
  ['115', 'file|bring lawsuit|suit|case against'],
  // "Ghana's lawsuit against Togo", "a complaint by Lima against Quito": a case named as a noun, by its maker. A bare
  // "case against" is often an argument ("Britain's case against a second vote"), so it needs an actor it is brought against.
  ['115', 'lawsuit against', 'noun maker'],
  ['115', 'case against', 'noun maker aimed'],
  ['114', 'complaint against|to', 'noun maker'],
  // "launched legal action against Poland", "took legal action against Hungary": a case at law, not a prosecution (173).
  ['115', 'launch|take|begin|start|bring|file|open|initiate legal action|challenge|proceedings|procedure|case against'],
  // "took Russia to court", "hauled Britain before the tribunal".
  ['115', 'take|haul|drag to court|tribunal|icj'],
  ['116', 'convict'],
  // 12 reject
  ['120', 'reject|rebuff|dismiss|spurn|repudiate|refuse|decline|snub|shun'],
  ['120', 'turn down'],
  // "turned away two U.S. military aircraft carrying deportees": what was sent refused entry ("turned away from" is a retreat).
  ['120', 'turn away', 'objnext'],
  ['120', 'rejection of', 'noun maker'],
  ['120', 'brush aside|off'],
  // "rejected calls by African leaders for…": who made the call is whom the rejection answers.
  ['120', 'reject|rebuff|dismiss|spurn call|demand|request|appeal|proposal by|from'],
  ['1212', 'reject|refuse military cooperation|alliance'],
  ['122', 'reject|refuse|deny request|plea|appeal for aid|help|assistance'],
  ['123', 'reject|refuse reform|change'],
  ['1243', 'refuse|reject release|free'],
  ['1246', 'refuse|reject ceasefire|truce|withdraw'],
  ['125', 'reject|refuse|rebuff|decline talk|meet|negotiate|negotiation|invitation|proposal|offer|summit|dialogue'],
  ['125', 'rule out talk|negotiation|dialogue|meeting with'],
  ['125', 'rule out talk|negotiation|dialogue|meeting'],
  ['127', 'reject|refuse plan|agreement|settlement|deal|peace'],
  ['128', 'defy|flout|violate|breach law|norm|resolution|rule|order|sanction'],
  ['128', 'defy'],
  ['128', 'ignore|disregard|flout resolution|order|ruling|sanction|demand|call|warning|appeal|ultimatum'],
  ['129', 'veto'],
  ['129', 'veto of', 'noun maker'],
  // "blocked the resolution", "blocked its membership bid": a decision stopped by one member, as a veto.
  ['129', 'block resolution|membership|accession|candidacy|bid|application'],
  // 13 threaten
  ['130', 'threaten|warn|caution'],
  ['130', 'warn against|of|about'],
  ['130', 'issue warning|threat'],
  ['1312', 'threaten|warn sanction|embargo|boycott|tariff'],
  // "threatened to slap a 5 percent tariff on Mexico": the measure may lie past its own verb.
  ['1312', 'threaten|warn slap|impose|levy tariff|tariffs|sanction|sanctions|duty|duties|levy|levies|embargo'],
  ['1313', 'threaten|warn cut|sever|break|downgrade tie|relation'],
  ['134', 'threaten|warn halt|suspend|end|walk talk|negotiation'],
  ['137', 'threaten|warn arrest|crackdown|repression|punish'],
  ['138', 'threaten|warn attack|strike|force|war|retaliation|retaliate|invade|invasion|military|bomb|destroy|respond|troop|troops|army'],
  ['1385', 'threaten|warn nuclear'],
  // "vowed to retaliate against Israel": a promised blow is a threat of force, not a pledge to cooperate.
  ['138', 'vow|pledge|promise|swear retaliate|retaliation|revenge|avenge|strike|attack|crush|punish|respond|response'],
  // "vowed to hit back", "promised to strike back": a blow promised in return ("fight back in the courts" is no blow).
  ['138', 'vow|pledge|promise|swear hit|strike back'],
  // "vowed a harsh punishment", "promised retribution": a threat of force named as a noun.
  ['138', 'vow|pledge|promise|threaten|swear punishment|retribution|vengeance'],
  // "pledged firm countermeasures": reprisals promised, of whatever kind.
  ['130', 'vow|pledge|promise|threaten countermeasure|countermeasures|reprisal|reprisals'],
  // "drawing warnings from Tehran", "prompted threats from Caracas": whoever warns is the source, whoever drew it the target.
  ['130', 'draw|prompt|provoke|trigger|earn warning|warnings|threat|threats from', 'rev'],
  // "said it would retaliate against Manila", "warned it would hit back": a blow announced for later threatens force; a
  // blow already struck is its own act, so the modal must come first.
  ['138', 'would|will * retaliate|retaliation|avenge against'],
  ['138', 'would|will * retaliate|retaliation|avenge'],
  ['138', 'would|will * hit|strike back'],
  ['138', 'would|will * take revenge|vengeance'],
  // "would respond with force", "would respond militarily": an answer by arms ("would respond to the letter" is none; nor is
  // "will respond firmly to inflation", so manner adverbs that fit a central bank as well as an army are left out).
  ['138', 'would|will * respond|answer force|militarily|forcefully'],
  // "would retaliate at a time of its own choosing", "reserves the right to retaliate": the stock phrases of a reprisal
  // promised after a blow. A right reserved "to respond" is left out: it answers letters and lawsuits as often as blows
  // ("self-defence" splits at its hyphen, and a bare "self" would take in self-determination).
  ['138', 'would|will * respond|retaliate|strike|answer time choosing'],
  ['138', 'reserve right retaliate'],
  // "said it would take countermeasures": reprisals of an unnamed kind announced.
  ['130', 'would|will * take countermeasure|countermeasures|counter-measures|reprisal|reprisals'],
  ['139', 'issue|give|set ultimatum|deadline'],
  // "gave the president until noon to step down": a deadline set for someone is an ultimatum without the word.
  ['139', 'give until', 'objnext'],
  // "gave the junta a week to restore the president or face…", "gave Hanoi 48 hours to respond": a deadline by its length.
  ['139', 'give day|days|week|weeks|hour|hours|month|months', 'objnext maker'],
  ['139', 'ultimatum to', 'noun maker'],
  ['130', 'warning to|against', 'noun maker'],
  ['138', 'vow|pledge|promise press|continue|pursue|intensify|step offensive|attack|war against'],
  // "China's threats against Taiwan": a threat named as a noun, by its maker.
  ['130', 'threat against|to', 'noun maker'],
  // 14 protest
  ['140', 'protest'],
  ['140', 'burn|torch flag|effigy'],
  ['141', 'demonstrate|rally|march'],
  ['141', 'take street'],
  // "jailed the opposition leader, sparking protests across Senegal", "triggering protests by his supporters": the
  // protesters (after "by", or the country's people) demonstrate against whoever sparked them.
  ['141', 'spark|trigger|provoke|ignite|prompt protest|protests|demonstration|demonstrations|rally|rallies', 'rev'],
  // "marchers packed the main square of Lima": a crowd of protest holding a city's streets ("fans" and
  // "crowds" fill them to celebrate, so only a crowd named for protest counts).
  ['141', 'protester|protesters|demonstrator|demonstrators|marcher|marchers * fill|pack|throng|flood|jam|occupy square|street|streets|avenue|avenues|plaza'],
  ['141', 'picket'],
  // "marched through the capital chanting slogans against the government": the slogans name whom the crowd protests.
  ['141', 'chant|shout|sing slogan|slogans against'],
  ['141', 'stage|hold|organize|organise protest|demonstration|rally|march|sit-in'],
  ['142', 'go|begin|start hunger strike'],
  ['143', 'boycott'],
  ['143', 'go|stage|hold|call strike|boycott|walkout'],
  // "rail workers began three months of rolling strikes": a labour strike named by its kind ("began air strikes" is no strike).
  ['143', 'begin|start|stage|hold|call|launch|go|announce|enforce|observe|lead|organise|organize rolling|general|nationwide|national|indefinite|wildcat|labour|labor|rail|transport|teachers strike|strikes|walkout|walkouts'],
  // "the opposition's boycott of the election": a boycott named as a noun, by its maker.
  ['143', 'boycott of', 'noun maker'],
  // "a general strike organised by trade unions", "a nationwide shutdown called by Islamist parties": the strike's
  // callers after "by"; a bare "strike by" is as often an air strike.
  ['143', 'general|hartal|shutdown * lead|call|organise|organize|enforce by'],
  ['144', 'block|obstruct|barricade'],
  ['145', 'riot'],
  // "protesters stormed the palace": a crowd forcing its way in protests violently; troops storming a town attack it (190).
  // Plurals too: a capitalised "Protesters" opening the sentence keeps its plural as its lemma.
  ['145', 'protester|protesters|demonstrator|demonstrators|rioter|rioters|mob|mobs|crowd|crowds|supporters|activists|students * storm|ransack'],
  ['145', 'protester|protesters|demonstrator|demonstrators|rioter|rioters|mob|mobs|crowd|crowds|supporters|activists|students * set fire'],
  ['145', 'protester|protesters|demonstrator|demonstrators|rioter|rioters|mob|mobs|crowd|crowds|supporters|activists|students * torch|vandalise|vandalize'],
  ['145', 'hurl|throw stone|rock|brick|bottle|firebomb at'],
  // "students who threw stones and bottles": stones thrown at no one named are still a riot, when the throwers are
  // named (an unnamed thrower's row would stand in for a later, better-aimed one in the sentence).
  ['145', 'hurl|throw|lob stone|stones|rock|rocks|brick|bricks|bottle|bottles|firebomb|firebombs|petrol|molotov', 'maker'],
  // "supporters of the cleric stormed parliament": a legislature overrun is a crowd's act, however far back the crowd is named.
  ['145', 'storm|ransack|invade parliament|congress|legislature|capitol|senate'],
];
