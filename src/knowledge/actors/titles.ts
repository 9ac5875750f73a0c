/** CAMEO agent types the project assigns (the three letters after the country code). */
export type AgentType = 'GOV' | 'MIL' | 'MED' | 'BUS' | 'REB' | 'OPP' | 'JUD' | 'LEG' | 'COP' | 'SPY' | 'PTY' | 'EDU' | 'HLH' | 'CVL' | 'REF' | 'NGO' | 'LAB' | 'HRI';

/** A title or role noun and the agent type of whoever holds it. */
export interface Title {
  readonly title: string;
  readonly agent: AgentType;
  /** Whether holding it makes one the head of a state or government (used to rank actors). */
  readonly isHead?: boolean;
  /** Whether it names a news outlet rather than a person ("the state broadcaster"). */
  readonly isOutlet?: boolean;
}

/** Titles and role nouns as written in news, longest first when matched; written for the project. */
export const TITLES: readonly Title[] = [
  { title: 'president', agent: 'GOV', isHead: true },
  { title: 'vice president', agent: 'GOV' },
  { title: 'prime minister', agent: 'GOV', isHead: true },
  { title: 'deputy prime minister', agent: 'GOV' },
  { title: 'premier', agent: 'GOV', isHead: true },
  { title: 'chancellor', agent: 'GOV', isHead: true },
  { title: 'leader', agent: 'GOV', isHead: true },
  { title: 'supreme leader', agent: 'GOV', isHead: true },
  { title: 'king', agent: 'GOV', isHead: true },
  { title: 'queen', agent: 'GOV', isHead: true },
  { title: 'emperor', agent: 'GOV', isHead: true },
  { title: 'crown prince', agent: 'GOV' },
  { title: 'emir', agent: 'GOV', isHead: true },
  { title: 'sultan', agent: 'GOV', isHead: true },
  { title: 'head of state', agent: 'GOV', isHead: true },
  { title: 'minister', agent: 'GOV' },
  { title: 'foreign minister', agent: 'GOV' },
  { title: 'defence minister', agent: 'GOV' },
  { title: 'defense minister', agent: 'GOV' },
  { title: 'interior minister', agent: 'GOV' },
  { title: 'finance minister', agent: 'GOV' },
  { title: 'secretary of state', agent: 'GOV' },
  { title: 'secretary', agent: 'GOV' },
  { title: 'security council secretary', agent: 'GOV' },
  { title: 'national security adviser', agent: 'GOV' },
  { title: 'security adviser', agent: 'GOV' },
  { title: 'security official', agent: 'GOV' },
  { title: 'adviser', agent: 'GOV' },
  { title: 'advisor', agent: 'GOV' },
  { title: 'official', agent: 'GOV' },
  { title: 'spokesman', agent: 'GOV' },
  { title: 'spokeswoman', agent: 'GOV' },
  { title: 'spokesperson', agent: 'GOV' },
  { title: 'ambassador', agent: 'GOV' },
  { title: 'envoy', agent: 'GOV' },
  { title: "charge d'affaires", agent: 'GOV' },
  { title: "chargé d'affaires", agent: 'GOV' },
  { title: 'diplomat', agent: 'GOV' },
  { title: 'governor', agent: 'GOV' },
  { title: 'mayor', agent: 'GOV' },
  { title: 'general', agent: 'MIL' },
  { title: 'commander', agent: 'MIL' },
  { title: 'chief of staff', agent: 'MIL' },
  { title: 'army chief', agent: 'MIL' },
  { title: 'admiral', agent: 'MIL' },
  { title: 'colonel', agent: 'MIL' },
  { title: 'marshal', agent: 'MIL' },
  { title: 'senator', agent: 'LEG' },
  { title: 'lawmaker', agent: 'LEG' },
  { title: 'congressman', agent: 'LEG' },
  { title: 'congresswoman', agent: 'LEG' },
  { title: 'speaker', agent: 'LEG' },
  { title: 'judge', agent: 'JUD' },
  { title: 'prosecutor', agent: 'JUD' },
  { title: 'police chief', agent: 'COP' },
  { title: 'opposition leader', agent: 'OPP' },
  // "charged the protest leaders": who leads a protest opposes the government, as its protesters do (OPP), and heads no state.
  { title: 'protest leader', agent: 'OPP' },
  { title: 'rebel leader', agent: 'REB' },
  { title: 'militant leader', agent: 'REB' },
  // Candidates and dissidents are the opposition in CAMEO's agent codes ("presidential candidate Keiko Fujimori" → PEROPP).
  { title: 'opposition figure', agent: 'OPP' },
  { title: 'opposition politician', agent: 'OPP' },
  { title: 'opposition activist', agent: 'OPP' },
  { title: 'presidential candidate', agent: 'OPP' },
  { title: 'presidential hopeful', agent: 'OPP' },
  { title: 'dissident', agent: 'OPP' },
  // "veteran activist Anna Hazare": an activist or campaigner is the opposition too (Phoenix: ACTIVIST, CAMPAIGNER ~OPP).
  { title: 'activist', agent: 'OPP' },
  { title: 'campaigner', agent: 'OPP' },
  { title: 'separatist leader', agent: 'REB' },
  { title: 'rebel commander', agent: 'REB' },
  { title: 'warlord', agent: 'REB' },
  { title: 'chief executive', agent: 'BUS' },
  { title: 'ceo', agent: 'BUS' },
  { title: 'chairman', agent: 'BUS' },
  { title: 'journalist', agent: 'MED' },
  { title: 'editor', agent: 'MED' },
  { title: 'correspondent', agent: 'MED' },
  { title: 'reporter', agent: 'MED' },
  // People who publish their views or pictures: jailed and charged as the press is.
  { title: 'commentator', agent: 'MED' },
  { title: 'columnist', agent: 'MED' },
  { title: 'blogger', agent: 'MED' },
  { title: 'photographer', agent: 'MED' },
  { title: 'photojournalist', agent: 'MED' },
  { title: 'cameraman', agent: 'MED' },
  { title: 'secretary-general', agent: 'GOV' },
  { title: 'secretary general', agent: 'GOV' },
  { title: 'director general', agent: 'GOV' },
  { title: 'director-general', agent: 'GOV' },
  { title: 'chief', agent: 'GOV' },
  { title: 'head', agent: 'GOV' },
  { title: 'big cheese', agent: 'GOV' },
  { title: 'top dog', agent: 'GOV' },
  { title: 'head honcho', agent: 'GOV' },
  { title: 'honcho', agent: 'GOV' },
  { title: 'number two', agent: 'GOV' },
  { title: 'right-hand man', agent: 'GOV' },
  { title: 'boss', agent: 'GOV' },
  { title: 'state media', agent: 'MED', isOutlet: true },
  { title: 'state news agency', agent: 'MED', isOutlet: true },
  { title: 'news agency', agent: 'MED', isOutlet: true },
  { title: 'agency', agent: 'MED', isOutlet: true },
  { title: 'broadcaster', agent: 'MED', isOutlet: true },
  { title: 'state broadcaster', agent: 'MED', isOutlet: true },
  { title: 'newspaper', agent: 'MED', isOutlet: true },
  { title: 'outlet', agent: 'MED', isOutlet: true },
];

/** Words that can stand before a role noun in a description ("Peru's chief presidential trade adviser"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  'top senior chief deputy former acting presidential national security military defence defense foreign interior state royal supreme first vice powerful veteran longtime long-time new then-'.split(' '),
);

/**
 * Nouns for government bodies that make a role's holder GOV/MIL when they follow "of" ("of Russia's Security Council").
 * Null-prototype look-up tables (here and below): a text's "constructor" must not find Object.prototype's function.
 */
export const INSTITUTIONS: Readonly<Record<string, AgentType>> = Object.assign(Object.create(null) as Record<string, AgentType>, {
  'security council': 'GOV', government: 'GOV', cabinet: 'GOV', ministry: 'GOV', kremlin: 'GOV', parliament: 'LEG',
  'foreign ministry': 'GOV', 'defence ministry': 'MIL', 'defense ministry': 'MIL', army: 'MIL', military: 'MIL', navy: 'MIL',
  'armed forces': 'MIL', 'general staff': 'MIL', 'air force': 'MIL', police: 'COP', 'supreme court': 'JUD', congress: 'LEG',
  senate: 'LEG', 'national assembly': 'LEG', duma: 'LEG', 'state duma': 'LEG', 'central bank': 'BUS', 'workers\' party': 'PTY',
  'communist party': 'PTY', 'intelligence service': 'SPY', 'security service': 'SPY',
});

/** The last word of a named state body and whose agent it is: "Unification Ministry", "Electoral Commission". */
const BODY_HEADS: Readonly<Record<string, AgentType>> = Object.assign(Object.create(null) as Record<string, AgentType>, {
  ministry: 'GOV', agency: 'GOV', office: 'GOV', council: 'GOV', commission: 'GOV', department: 'GOV', directorate: 'GOV',
  bureau: 'GOV', authority: 'GOV', administration: 'GOV', presidency: 'GOV', organization: 'GOV', organisation: 'GOV',
  police: 'COP', gendarmerie: 'COP', army: 'MIL', guard: 'MIL', forces: 'MIL', court: 'JUD', tribunal: 'JUD', parliament: 'LEG', assembly: 'LEG', senate: 'LEG',
});

/** Words that make a council, commission or board one of civil society (or of sport: no actor at all). */
const CIVIL_BODIES: readonly (readonly [RegExp, AgentType | undefined])[] = [
  [/\b(football|olympic|cricket|rugby|sports?|athletics|tennis|chess|film|arts|music|tourism)\b/, undefined],
  [/\b(refugees?|relief|humanitarian|aid|charit(y|ies)|red (cross|crescent)|churches|church|bishops|muslims?|islamic|catholic|jewish)\b/, 'NGO'],
  [/\b(human rights|civil liberties)\b/, 'HRI'],
  [/\b(workers|labou?r|trade unions?)\b/, 'LAB'],
  [/\b(students?|universities|teachers)\b/, 'EDU'],
  [/\b(business|chambers? of commerce|employers|industry|industries|manufacturers|bankers)\b/, 'BUS'],
  [/\b(journalists|broadcasters|editors)\b/, 'MED'],
  [/\b(doctors|nurses|physicians)\b/, 'HLH'],
];

/**
 * The agent type of a national body named by an organisation mention: a listed institution, else its head word
 * ("Unification Ministry" → GOV, "Constitutional Court" → JUD, "Ministry of Interior" → GOV). News agencies, press
 * offices and banks are left to the lists that know them.
 */
export function institutionAgent(name: string): AgentType | undefined {
  const known = agentOfName.get(name);
  if (known !== undefined) return known === NO_AGENT ? undefined : known;
  const agent = readInstitutionAgent(name);
  if (agentOfName.size >= MAX_REMEMBERED_NAMES) agentOfName.clear();
  agentOfName.set(name, agent ?? NO_AGENT);
  return agent;
}

// The actors stage asks about every organisation name and the words after it, several times per article, and the
// answer costs a lower-casing, a split and up to a dozen regexes: remembered per name, bounded like the other caches.
const NO_AGENT = '';
const MAX_REMEMBERED_NAMES = 50_000;
const agentOfName = new Map<string, AgentType | typeof NO_AGENT>();

function readInstitutionAgent(name: string): AgentType | undefined {
  const lower = name.toLowerCase().replace(/^the /, '');
  const listed = INSTITUTIONS[lower];
  if (listed) return listed;
  if (/\b(news|press|media|bank|company)\b/.test(lower)) return undefined;
  const words = lower.split(/\s+/);
  const ofAt = words.indexOf('of');
  const head = ofAt > 0 ? words[ofAt - 1] : words[words.length - 1];
  const agent = head === undefined ? undefined : BODY_HEADS[head];
  // "Norway's Refugee Council", "Kenya's National Council of Churches": a council of civil society is no state body.
  const civil = agent && head !== 'ministry' && head !== 'department' ? CIVIL_BODIES.find(([words]) => words.test(lower)) : undefined;
  if (civil) return civil[1];
  // "Ministry of Defence" as "defence ministry" above.
  return agent === 'GOV' && /\bdefen[cs]e\b/.test(lower) ? 'MIL' : agent;
}

/**
 * The head words of titles held by people, singular as written ("president", "governor", "head" of "head of state"): a
 * mention ending in one is a person, where one ending in "broadcaster" or "State" ("the Islamic State") is not.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(TITLES.filter((title) => title.isOutlet !== true).map((title) => title.title.split(' of ')[0]?.split(' ').at(-1) ?? ''));

/** Plural collective nouns that denote a country's armed forces or government ("North Korean troops" → PRKMIL). */
export const COLLECTIVE_AGENTS: Readonly<Record<string, AgentType>> = Object.assign(Object.create(null) as Record<string, AgentType>, {
  troops: 'MIL', soldiers: 'MIL', forces: 'MIL', military: 'MIL', army: 'MIL', sappers: 'MIL', officers: 'MIL',
  // "Niger's coup leaders", "the juntas of Guinea and Chad": soldiers who took power are still the military.
  junta: 'MIL', juntas: 'MIL', 'coup leaders': 'MIL',
  // "Turkish warplanes struck…": the weapons of war a country's forces fly or sail stand for them (Phoenix: WARPLANE ~MIL).
  warplanes: 'MIL', warships: 'MIL', jets: 'MIL', bombers: 'MIL', aircraft: 'MIL', gunships: 'MIL', artillery: 'MIL',
  officials: 'GOV', authorities: 'GOV', government: 'GOV', diplomats: 'GOV', leadership: 'GOV',
  rebels: 'REB', insurgents: 'REB', militants: 'REB', police: 'COP', lawmakers: 'LEG', media: 'MED', journalists: 'MED',
  // Protesters are the opposition in CAMEO's agent codes (Phoenix: PROTESTER ~OPP), as activists and demonstrators are.
  protesters: 'OPP', civilians: 'CVL', refugees: 'REF', businesses: 'BUS', opposition: 'OPP',
  // People a nationality can own as well ("Afghan migrants" → AFGCVL, "Chinese workers" → CHNLAB), coded as Phoenix does.
  migrants: 'CVL', villagers: 'CVL', fishermen: 'CVL', students: 'EDU', workers: 'LAB', activists: 'OPP', demonstrators: 'OPP',
  // "released 40 political prisoners": those jailed for their politics are the opposition (Phoenix: POLITICAL_PRISONER ~OPP).
  'political prisoners': 'OPP',
});
