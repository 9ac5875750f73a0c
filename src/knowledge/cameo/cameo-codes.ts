/**
 * The CAMEO event ontology as `code|goldstein|label` lines, written by the project from the CAMEO codebook's
 * categories. QuadClass follows from the root; Goldstein weights are the usual per-type scale (-10..+10).
 */
export const cameoCodeLines = `
01|0|Make public statement
010|0|Make statement, not specified below
011|-0.1|Decline comment
012|-0.4|Make pessimistic comment
013|0.4|Make optimistic comment
014|0|Consider policy option
015|0|Acknowledge or claim responsibility
016|3.4|Deny responsibility
017|0|Engage in symbolic act
018|3.4|Make empathetic comment
019|3.4|Express accord
02|3|Appeal
020|3|Make an appeal or request, not specified below
021|3.4|Appeal for material cooperation
0211|3.4|Appeal for economic cooperation
0212|3.4|Appeal for military cooperation
0213|3.4|Appeal for judicial cooperation
0214|3.4|Appeal for intelligence
022|3.2|Appeal for diplomatic cooperation
023|3.4|Appeal for aid
0231|3.4|Appeal for economic aid
0232|3.4|Appeal for military aid
0233|3.4|Appeal for humanitarian aid
0234|3.4|Appeal for military protection or peacekeeping
024|-0.3|Appeal for political reform
0241|-0.3|Appeal for change in leadership
0242|-0.3|Appeal for policy change
0243|-0.3|Appeal for rights
0244|-0.3|Appeal for change in institutions, regime
025|-0.3|Appeal to yield
0251|-0.3|Appeal for easing of administrative sanctions
0252|-0.3|Appeal for easing of popular dissent
0253|-0.3|Appeal for release of persons or property
0254|-0.3|Appeal for easing of economic sanctions, boycott, or embargo
0255|-0.3|Appeal for target to allow international involvement
0256|-0.3|Appeal for de-escalation of military engagement
026|4|Appeal to others to meet or negotiate
027|4|Appeal to others to settle dispute
028|4|Appeal to others to engage in or accept mediation
03|4|Express intent to cooperate
030|4|Express intent to cooperate, not specified below
031|5.2|Express intent to engage in material cooperation
0311|5.2|Express intent to cooperate economically
0312|5.2|Express intent to cooperate militarily
0313|5.2|Express intent to cooperate on judicial matters
0314|5.2|Express intent to cooperate on intelligence
032|4.5|Express intent to provide diplomatic cooperation
033|5.2|Express intent to provide material aid
0331|5.2|Express intent to provide economic aid
0332|5.2|Express intent to provide military aid
0333|5.2|Express intent to provide humanitarian aid
0334|5.2|Express intent to provide military protection or peacekeeping
034|7|Express intent to institute political reform
0341|7|Express intent to change leadership
0342|7|Express intent to change policy
0343|7|Express intent to provide rights
0344|7|Express intent to change institutions, regime
035|7|Express intent to yield
0351|7|Express intent to ease administrative sanctions
0352|7|Express intent to ease popular dissent
0353|7|Express intent to release persons or property
0354|7|Express intent to ease economic sanctions, boycott, or embargo
0355|7|Express intent to allow international involvement
0356|7|Express intent to de-escalate military engagement
036|4|Express intent to meet or negotiate
037|5|Express intent to settle dispute
038|7|Express intent to accept mediation
039|5|Express intent to mediate
04|1|Consult
040|1|Consult, not specified below
041|1|Discuss by telephone
042|1.9|Make a visit
043|2.8|Host a visit
044|2.5|Meet at a third location
045|5|Mediate
046|7|Engage in negotiation
05|3.5|Engage in diplomatic cooperation
050|3.5|Engage in diplomatic cooperation, not specified below
051|3.4|Praise or endorse
052|3.5|Defend verbally
053|3.8|Rally support on behalf of
054|6|Grant diplomatic recognition
055|7|Apologize
056|7|Forgive
057|8|Sign formal agreement
06|6|Engage in material cooperation
060|6|Engage in material cooperation, not specified below
061|6.4|Cooperate economically
062|7.4|Cooperate militarily
063|7.4|Engage in judicial cooperation
064|7|Share intelligence or information
07|7|Provide aid
070|7|Provide aid, not specified below
071|7.4|Provide economic aid
072|8.3|Provide military aid
073|7.4|Provide humanitarian aid
074|8.5|Provide military protection or peacekeeping
075|7|Grant asylum
08|5|Yield
080|5|Yield, not specified below
081|5|Ease administrative sanctions
0811|5|Ease restrictions on political freedoms
0812|5|Ease ban on political parties or politicians
0813|5|Ease curfew
0814|5|Ease state of emergency or martial law
082|5|Ease political dissent
083|5|Accede to requests or demands for political reform
0831|5|Accede to demands for change in leadership
0832|5|Accede to demands for change in policy
0833|5|Accede to demands for rights
0834|5|Accede to demands for change in institutions, regime
084|7|Return, release
0841|7|Return, release person(s)
0842|7|Return, release property
085|7|Ease economic sanctions, boycott, embargo
086|9|Allow international involvement
0861|9|Receive deployment of peacekeepers
0862|9|Receive inspectors
0863|9|Allow humanitarian access
087|9|De-escalate military engagement
0871|9|Declare truce, ceasefire
0872|9|Ease military blockade
0873|9|Demobilize armed forces
0874|10|Retreat or surrender militarily
09|-2|Investigate
090|-2|Investigate, not specified below
091|-2|Investigate crime, corruption
092|-2|Investigate human rights abuses
093|-2|Investigate military action
094|-2|Investigate war crimes
10|-5|Demand
100|-5|Demand, not specified below
101|-5|Demand material cooperation
1011|-5|Demand economic cooperation
1012|-5|Demand military cooperation
1013|-5|Demand judicial cooperation
1014|-5|Demand intelligence cooperation
102|-5|Demand diplomatic cooperation
103|-5|Demand material aid
1031|-5|Demand economic aid
1032|-5|Demand military aid
1033|-5|Demand humanitarian aid
1034|-5|Demand military protection or peacekeeping
104|-5|Demand political reform
1041|-5|Demand change in leadership
1042|-5|Demand policy change
1043|-5|Demand rights
1044|-5|Demand change in institutions, regime
105|-5|Demand that target yields
1051|-5|Demand easing of administrative sanctions
1052|-5|Demand easing of political dissent
1053|-5|Demand release of persons or property
1054|-5|Demand easing of economic sanctions, boycott, or embargo
1055|-5|Demand that target allows international involvement
1056|-5|Demand de-escalation of military engagement
106|-5|Demand withdrawal
107|-5|Demand ceasefire
108|-5|Demand meeting, negotiation
11|-2|Disapprove
110|-2|Disapprove, not specified below
111|-2|Criticize or denounce
112|-2|Accuse
1121|-2|Accuse of crime, corruption
1122|-2|Accuse of human rights abuses
1123|-2|Accuse of aggression
1124|-2|Accuse of war crimes
1125|-2|Accuse of espionage, treason
113|-2|Rally opposition against
114|-2|Complain officially
115|-2|Bring lawsuit against
116|-2|Find guilty or liable (legally)
12|-4|Reject
120|-4|Reject, not specified below
121|-4|Reject material cooperation
1211|-4|Reject economic cooperation
1212|-4|Reject military cooperation
122|-4|Reject request or demand for material aid
1221|-4|Reject request for economic aid
1222|-4|Reject request for military aid
1223|-4|Reject request for humanitarian aid
1224|-4|Reject request for military protection or peacekeeping
123|-4|Reject request or demand for political reform
1231|-4|Reject request for change in leadership
1232|-4|Reject request for policy change
1233|-4|Reject request for rights
1234|-4|Reject request for change in institutions, regime
124|-5|Refuse to yield
1241|-5|Refuse to ease administrative sanctions
1242|-5|Refuse to ease popular dissent
1243|-5|Refuse to release persons or property
1244|-5|Refuse to ease economic sanctions, boycott, or embargo
1245|-5|Refuse to allow international involvement
1246|-5|Refuse to de-escalate military engagement
125|-5|Reject proposal to meet, discuss, or negotiate
126|-5|Reject mediation
127|-5|Reject plan, agreement to settle dispute
128|-5|Defy norms, law
129|-5|Veto
13|-6|Threaten
130|-4.4|Threaten, not specified below
131|-5.8|Threaten non-force
1311|-5.8|Threaten to reduce or stop aid
1312|-5.8|Threaten with sanctions, boycott, embargo
1313|-5.8|Threaten to reduce or break relations
132|-5.8|Threaten with administrative sanctions
1321|-5.8|Threaten with restrictions on political freedoms
1322|-5.8|Threaten to ban political parties or politicians
1323|-5.8|Threaten to impose curfew
1324|-5.8|Threaten to impose state of emergency or martial law
133|-5.8|Threaten with political dissent, protest
134|-5.8|Threaten to halt negotiations
135|-5.8|Threaten to halt mediation
136|-7|Threaten to halt international involvement
137|-7|Threaten with repression
138|-7|Threaten with military force
1381|-7|Threaten blockade
1382|-7|Threaten occupation
1383|-7|Threaten unconventional violence
1384|-7|Threaten conventional attack
1385|-7|Threaten attack with weapons of mass destruction
139|-7|Give ultimatum
14|-6.5|Protest
140|-6.5|Engage in political dissent, not specified below
141|-6.5|Demonstrate or rally
1411|-6.5|Demonstrate for leadership change
1412|-6.5|Demonstrate for policy change
1413|-6.5|Demonstrate for rights
1414|-6.5|Demonstrate for change in institutions, regime
142|-6.5|Conduct hunger strike
143|-6.5|Conduct strike or boycott
144|-7.5|Obstruct passage, block
145|-7.5|Protest violently, riot
15|-7.2|Exhibit force posture
150|-7.2|Demonstrate military or police power, not specified below
151|-7.2|Increase police alert status
152|-7.2|Increase military alert status
153|-7.2|Mobilize or increase police power
154|-7.2|Mobilize or increase armed forces
155|-7.2|Mobilize or increase cyber-forces
16|-4|Reduce relations
160|-4|Reduce relations, not specified below
161|-4|Reduce or break diplomatic relations
162|-5.6|Reduce or stop material aid
1621|-5.6|Reduce or stop economic assistance
1622|-5.6|Reduce or stop military assistance
1623|-5.6|Reduce or stop humanitarian assistance
163|-8|Impose embargo, boycott, or sanctions
164|-7|Halt negotiations
165|-7|Halt mediation
166|-7|Expel or withdraw
1661|-7|Expel or withdraw peacekeepers
1662|-7|Expel or withdraw inspectors, observers
1663|-7|Expel or withdraw aid agencies
17|-7|Coerce
170|-7|Coerce, not specified below
171|-9.2|Seize or damage property
1711|-9.2|Confiscate property
1712|-9.2|Destroy property
172|-5|Impose administrative sanctions
1721|-5|Impose restrictions on political freedoms
1722|-5|Ban political parties or politicians
1723|-5|Impose curfew
1724|-5|Impose state of emergency or martial law
173|-5|Arrest, detain, or charge with legal action
174|-5|Expel or deport individuals
175|-9|Use tactics of violent repression
176|-7|Attack cybernetically
18|-9|Assault
180|-9|Use unconventional violence, not specified below
181|-9|Abduct, hijack, or take hostage
182|-9.5|Physically assault
1821|-9.5|Sexually assault
1822|-9.5|Torture
1823|-10|Kill by physical assault
183|-10|Conduct suicide, car, or other non-military bombing
1831|-10|Carry out suicide bombing
1832|-10|Carry out vehicular bombing
1833|-10|Carry out roadside bombing
1834|-10|Carry out location bombing
184|-8|Use as human shield
185|-8|Attempt to assassinate
186|-10|Assassinate
19|-10|Fight
190|-10|Use conventional military force, not specified below
191|-9.5|Impose blockade, restrict movement
192|-9.5|Occupy territory
193|-10|Fight with small arms and light weapons
194|-10|Fight with artillery and tanks
195|-10|Employ aerial weapons
1951|-10|Employ precision-guided aerial munitions
1952|-10|Employ remotely piloted aerial munitions
196|-9.5|Violate ceasefire
20|-10|Use unconventional mass violence
200|-10|Use unconventional mass violence, not specified below
201|-9.5|Engage in mass expulsion
202|-10|Engage in mass killings
203|-10|Engage in ethnic cleansing
204|-10|Use weapons of mass destruction
2041|-10|Use chemical, biological, or radiological weapons
2042|-10|Detonate nuclear weapons
`;
