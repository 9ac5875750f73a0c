/**
 * Terms that signal each topic, written by the project. `strong` terms count double. Entries are comma-separated and
 * go through the same normalisation as article text (lower case, plurals folded, stopwords dropped), so
 * "prime ministers" matches "Prime Minister's". Keep phrases to one or two content words.
 */
export const TOPIC_LEXICONS: Readonly<Record<string, { readonly strong: string; readonly normal: string }>> = {
  'war-and-conflicts': {
    strong:
      'war, warfare, troops, soldier, military, army, airstrike, air strike, missile, rocket, shelling, artillery, insurgent, ' +
      'insurgency, rebel, militant, militia, guerrilla, ceasefire, cease-fire, truce, invasion, invade, offensive, frontline, front line, ' +
      'battle, battlefield, combat, armed forces, drone strike, bombing, bombardment, warplane, fighter jet, tank, infantry, ' +
      'peacekeeper, peacekeeping, occupation, annexation, hostage, jihadist, taliban, hamas, hezbollah, al-qaeda, isis, nato, ' +
      'pentagon, defence ministry, defense ministry, special military, deminer, sapper, landmine, mine clearing, suicide bomber, ' +
      'car bomb, gunmen, clashes, mortar, sniper, incursion, counteroffensive, war crime, genocide, nuclear weapon, warhead, ' +
      'ballistic, munition, ammunition, arms, weapon, deployment, deploy, battalion, brigade, regiment, commander, general staff',
    normal:
      'attack, fighting, fighter, killed, wounded, casualty, conflict, violence, security force, security council, peace talk, ' +
      'peace deal, peace process, border, captured, seized, occupied, retreat, advance, siege, refugee, displaced, explosion, ' +
      'blast, bomb, gunfire, raid, ambush, strike, defence, defense, navy, naval, air force, marine, veteran, sanction, ' +
      'escalation, hostility, alliance, ally, regime, junta, coup, uprising, separatist, kurd, gaza, west bank, ukraine, ' +
      'kursk, donbas, crimea, syria, iraq, afghanistan, yemen, sudan, kashmir, korea, pyongyang, kremlin, ' +
      'demining, reconstruction, repel, liberate, shoot, shot, killing, dead, death toll, massacre, terror, terrorist, terrorism, ' +
      'security official, spy, intelligence, operation, mission, drill, exercise, warship, submarine',
  },
  politics: {
    strong:
      'election, elect, vote, voter, ballot, poll, parliament, parliamentary, congress, senate, senator, lawmaker, legislator, ' +
      'legislation, minister, prime minister, president, presidential, government, cabinet, party, opposition, campaign, ' +
      'candidate, labour party, conservative, tory, democrat, republican, liberal democrat, chancellor, mp, mps, referendum, ' +
      'diplomat, diplomacy, diplomatic, summit, foreign minister, foreign ministry, embassy, ambassador, treaty, bill, ' +
      'white house, downing street, whitehall, coalition, premier, governor, mayor, constituency, manifesto',
    normal:
      'policy, political, politician, leader, leadership, official, state, nation, national, administration, talks, ' +
      'agreement, accord, negotiation, negotiate, sanction, un, united nations, eu, european union, g7, g20, council, ' +
      'commission, secretary, spokesman, spokeswoman, statement, reform, law, regulation, tax, budget, debate, veto, ' +
      'impeachment, resign, resignation, appoint, nominee, inaugurate, sworn, regime, sovereignty, bilateral, cooperation, ' +
      'partnership, relation, visit, envoy, delegation, kremlin, beijing, washington, brussels, tehran, putin, kim jong, ' +
      'biden, trump, xi jinping, blair, brown, howard, protest, rally, dissident, human right, democracy, constitution, ' +
      'warning, warn, condemn, pledge, agree, security adviser, adviser',
  },
  business: {
    strong:
      'economy, economic, economist, market, stock, share, shareholder, investor, investment, profit, revenue, earnings, ' +
      'sales, quarter, quarterly, bank, banking, interest rate, inflation, gdp, growth, recession, company, firm, corporate, ' +
      'ceo, chief executive, merger, acquisition, takeover, deal, bid, dollar, euro, yen, sterling, currency, trade, exporter, ' +
      'export, import, tariff, oil price, crude, barrel, opec, nasdaq, dow, ftse, wall street, stock exchange, bond, ' +
      'debt, loan, credit, mortgage, bankruptcy, retailer, retail, consumer, price, cost, fund, hedge fund, ipo, dividend, ' +
      'analyst, forecast, brokerage, fiscal, central bank, federal reserve, imf, world bank',
    normal:
      'business, industry, industrial, manufacturer, manufacturing, factory, production, output, supply, demand, sector, ' +
      'customer, brand, job, jobs, unemployment, employer, pay, wage, salary, pension, tax, budget, deficit, surplus, ' +
      'billion, million, percent, per cent, rise, fall, slump, surge, rally, plunge, boom, airline, carrier, car maker, ' +
      'automaker, insurer, insurance, property, housing, house price, energy, gas, utility, telecom, steel, mining, commodity, ' +
      'gold, wheat, shipping, supermarket, store, chain, contract, cut, layoff, restructuring, subsidiary, unit, executive, ' +
      'finance, financial, regulator, antitrust, monopoly, startup, venture, valuation, buyout',
  },
  technology: {
    strong:
      'technology, tech, software, hardware, computer, internet, online, web, website, broadband, mobile phone, smartphone, ' +
      'phone, chip, semiconductor, processor, microsoft, apple, google, intel, ibm, amazon, yahoo, facebook, linux, windows, ' +
      'browser, search engine, e-mail, email, spam, virus, hacker, hack, cyber, malware, encryption, digital, gadget, ' +
      'console, video game, games console, playstation, xbox, nintendo, ipod, download, file-sharing, broadband, wireless, ' +
      'wi-fi, bluetooth, satellite, nasa, space, spacecraft, rocket launch, astronaut, orbit, telescope, planet, mars, moon, ' +
      'scientist, science, research, researcher, laboratory, lab, physics, chemistry, biology, genome, gene, dna, ' +
      'robot, robotic, artificial intelligence, ai, algorithm, data, dataset, quantum, laser, battery, electric vehicle',
    normal:
      'device, user, network, system, program, programme, code, developer, app, application, platform, service, screen, ' +
      'camera, storage, memory, server, cloud, database, blog, podcast, music download, piracy, patent, innovation, ' +
      'engineer, engineering, invention, prototype, launch, upgrade, version, release, security flaw, vulnerability, ' +
      'study, discovery, discover, experiment, species, fossil, climate model, microscope, molecule, cell, particle, ' +
      'galaxy, asteroid, comet, solar, energy, fuel cell, nanotechnology, biotech, electronic, electronics, tv, television, ' +
      'display, gaming, gamer, player, handset, operator, telecom, technical, speed, chipmaker, silicon valley, startup',
  },
  sports: {
    strong:
      'sport, football, soccer, cricket, rugby, tennis, golf, baseball, basketball, hockey, athletics, olympic, olympics, ' +
      'championship, champion, tournament, world cup, premiership, premier league, league, cup, final, semi-final, ' +
      'quarter-final, match, game, season, coach, manager, striker, midfielder, defender, goalkeeper, goal, score, scored, ' +
      'win, won, victory, defeat, beat, draw, team, squad, player, club, fan, stadium, referee, captain, innings, wicket, ' +
      'grand slam, open, wimbledon, marathon, race, racing, formula one, grand prix, medal, gold medal, athlete, sprinter, ' +
      'nfl, nba, mlb, nhl, fifa, uefa, ioc, arsenal, chelsea, liverpool, manchester united, real madrid, barcelona, yankees',
    normal:
      'play, playing, played, opponent, rival, title, round, set, point, lead, half, minute, injury, injured, transfer, ' +
      'sign, signing, contract, debut, record, seed, top seed, ranking, ranked, lap, pole, pitch, court, field, track, ' +
      'home, away, fixture, trophy, shot, putt, birdie, par, hole, inning, pitcher, quarterback, touchdown, dunk, ' +
      'rebound, knockout, boxer, boxing, bout, fight, wrestler, cyclist, cycling, tour, swim, swimmer, skier, skating',
  },
  'arts-culture-entertainment': {
    strong:
      'film, movie, cinema, actor, actress, director, hollywood, oscar, oscars, bafta, box office, album, single, song, singer, ' +
      'band, music, musician, concert, tour, festival, theatre, theater, play, musical, broadway, west end, novel, author, ' +
      'book, poet, poetry, art, artist, painting, gallery, museum, exhibition, sculpture, tv show, television series, sitcom, ' +
      'soap, drama, comedy, comedian, star, celebrity, award, grammy, emmy, chart, pop, rock, rap, hip-hop, dance, ballet, ' +
      'opera, orchestra, premiere, studio, record label, dvd, cast, screenplay, documentary, entertainment, showbiz',
    normal:
      'audience, fan, show, series, episode, role, character, script, producer, production, release, hit, sequel, remake, ' +
      'culture, cultural, heritage, critic, review, nomination, nominated, prize, ceremony, red carpet, magazine, newspaper, ' +
      'media, broadcaster, bbc, channel, radio, publisher, publishing, composer, lyric, guitar, vinyl, stage, performance, ' +
      'perform, performer, designer, fashion, model, photograph, photographer, legend, icon',
  },
  'crime-law-justice': {
    strong:
      'police, arrest, arrested, crime, criminal, court, trial, judge, jury, verdict, convicted, conviction, sentence, ' +
      'sentenced, prison, jail, jailed, prosecutor, prosecution, lawsuit, sue, lawyer, attorney, murder, homicide, ' +
      'robbery, theft, fraud, corruption, bribery, smuggling, trafficking, drug cartel, gang, shooting, stabbing, ' +
      'kidnapping, abduction, detective, suspect, charged, indictment, indicted, guilty, acquitted, appeal, supreme court, ' +
      'high court, fbi, interpol, investigation, investigator, probe, inquiry, custody, bail, parole, extradition',
    normal:
      'law, legal, illegal, justice, rights, lawmaker, ruling, rule, ban, fine, penalty, offence, offense, victim, witness, ' +
      'evidence, testimony, allegation, alleged, accused, charge, plea, case, officer, raid, seized, cocaine, heroin, ' +
      'drug, weapon, gun, knife, killing, killed, dead, body, missing, scam, hacker, laundering, embezzlement, cybercrime',
  },
  'disaster-accident': {
    strong:
      'earthquake, quake, tsunami, hurricane, typhoon, cyclone, tornado, flood, flooding, landslide, mudslide, avalanche, ' +
      'wildfire, bushfire, volcano, eruption, drought, famine, disaster, catastrophe, crash, plane crash, derailment, ' +
      'derailed, collision, shipwreck, capsized, sank, ferry, explosion, blast, fire, blaze, rescue, rescuer, rescue worker, ' +
      'survivor, death toll, emergency, evacuation, evacuate, aftershock, magnitude, epicenter, epicentre, collapse, ' +
      'collapsed, mine accident, accident, spill, leak',
    normal:
      'killed, dead, death, injured, missing, victim, damage, destroyed, debris, relief, aid, red cross, humanitarian, ' +
      'homeless, shelter, emergency service, firefighter, coast guard, storm, rain, wind, toll, body, crew, passenger, ' +
      'pilot, train, bus, road, highway, bridge, building, trapped',
  },
  health: {
    strong:
      'health, hospital, doctor, nurse, patient, disease, virus, infection, epidemic, pandemic, outbreak, vaccine, ' +
      'vaccination, cancer, diabetes, heart disease, hiv, aids, malaria, flu, influenza, bird flu, covid, coronavirus, ' +
      'medicine, medical, drug, treatment, therapy, clinic, surgery, surgeon, nhs, who, world health, obesity, mental health, ' +
      'symptom, diagnosis, pharmaceutical, clinical trial',
    normal:
      'care, healthcare, health care, illness, ill, sick, death, died, study, research, risk, diet, smoking, alcohol, ' +
      'exercise, fitness, pregnancy, birth, baby, child, elderly, dementia, transplant, blood, brain, gene, prescription, ' +
      'pill, dose, side effect',
  },
  environment: {
    strong:
      'environment, environmental, climate change, global warming, emission, carbon, greenhouse gas, pollution, pollutant, ' +
      'renewable, solar power, wind power, wind farm, conservation, wildlife, endangered, species, deforestation, ' +
      'biodiversity, recycling, waste, plastic, ocean, coral reef, green, ecological, ecosystem, kyoto',
    normal:
      'forest, tree, river, water, air quality, energy, fossil fuel, coal, oil spill, nature, animal, habitat, extinction, ' +
      'sea level, ice, glacier, arctic, antarctic, temperature, warming, sustainable, sustainability, organic',
  },
  education: {
    strong:
      'education, school, pupil, student, teacher, university, college, campus, exam, examination, degree, graduate, ' +
      'tuition, curriculum, classroom, headteacher, professor, academic, scholarship, literacy, kindergarten',
    normal: 'learning, lesson, class, grade, course, study, training, skill, test result, inspection, ofsted',
  },
  labour: {
    strong:
      'union, trade union, strike, walkout, worker, workforce, employee, employer, wage, minimum wage, pay rise, pension, ' +
      'unemployment, jobless, layoff, redundancy, labour market, labor, overtime, collective bargaining',
    normal: 'job, jobs, hiring, staff, shift, contract, pay, salary, dispute, protest, picket',
  },
  religion: {
    strong:
      'religion, religious, church, mosque, temple, synagogue, pope, vatican, bishop, archbishop, priest, imam, rabbi, ' +
      'christian, muslim, islam, islamic, jewish, hindu, buddhist, catholic, protestant, faith, prayer, pilgrimage, ' +
      'ramadan, easter, christmas, clergy, sermon',
    normal: 'god, holy, worship, belief, believer, saint, sacred, spiritual, monk, nun',
  },
  society: {
    strong:
      'immigration, immigrant, migrant, asylum, refugee, poverty, homelessness, welfare, inequality, discrimination, ' +
      'racism, gender, women right, gay, same-sex, lgbt, abortion, family, marriage, divorce, population, census, ' +
      'charity, volunteer, community, social',
    normal: 'youth, elderly, child, children, parent, housing, benefit, minority, identity, demographic, neighbourhood',
  },
  'lifestyle-leisure': {
    strong:
      'travel, tourism, tourist, holiday, vacation, hotel, restaurant, chef, recipe, food, wine, fashion, beauty, ' +
      'shopping, hobby, garden, gardening, pet, dog, cat, leisure, cruise, resort',
    normal: 'dining, cooking, style, trend, home, design, weekend, fitness, wellness, luxury',
  },
  'human-interest': {
    strong: 'centenarian, birthday, wedding, anniversary, reunion, heartwarming, quirky, bizarre, odd, lottery, jackpot',
    normal: 'family, mother, father, daughter, son, grandmother, dog, cat, pet, story, life, love, hero, kind, surprise',
  },
  weather: {
    strong:
      'weather, forecast, forecaster, meteorologist, met office, rain, rainfall, snow, snowfall, storm, heatwave, heat wave, ' +
      'cold snap, frost, fog, temperature, thunderstorm, blizzard, hail, monsoon',
    normal: 'wind, sunny, cloud, cloudy, degree, celsius, fahrenheit, warm, cold, chill, wet, dry, warning',
  },
};
