import countryNames from 'i18n-iso-countries';
import { ORGANISATIONS } from '../actors/organisations.ts';
import { COLLECTIVE_AGENTS, INSTITUTIONS, TITLES } from '../actors/titles.ts';
import { loadCountries } from '../places/countries.ts';
import { loadGazetteer } from '../places/gazetteer.ts';
import { DEMONYMS, pluralDemonym } from '../places/demonyms.ts';
import { indexActorDictionary, phraseFromName, type ActorDictionary, type DictionaryEntry, type DictionaryPhrase } from './actor-dictionary.ts';
import { NAMED_GROUPS } from './named-groups.ts';
import { parseTerm } from './office-holder-row.ts';
import { officeHolderEntries } from './office-holders-by-date.ts';

let cached: ActorDictionary | undefined;

/** The fallback dictionary used when the actors stage gives no code: countries, demonyms, capitals, IGOs, agents. */
export function builtinActorDictionary(): ActorDictionary {
  cached ??= indexActorDictionary([...countryEntries(), ...officeHolderEntries(), ...organisationEntries(), ...agentEntries(), ...notActorEntries()]);
  return cached;
}

function countryEntries(): DictionaryEntry[] {
  const names = new Map<string, Set<string>>();
  const add = (code: string, name: string | undefined): void => {
    if (!name) return;
    const set = names.get(code) ?? new Set<string>();
    set.add(name);
    names.set(code, set);
  };
  const countries = loadCountries();
  const capitalCount = new Map<string, number>();
  for (const { capital } of countries) if (capital) capitalCount.set(capital, (capitalCount.get(capital) ?? 0) + 1);
  for (const country of countries) {
    // "Kingston" is the capital of Jamaica and of Norfolk Island: a shared capital stands for the bigger country only.
    const capital = country.capital && (capitalCount.get(country.capital) === 1 || loadGazetteer().countryWithCapital(country.capital) === country.iso3) ? country.capital : undefined;
    for (const name of [country.name, ...country.aliases, capital]) add(country.iso3, name);
  }
  for (const [demonym, code] of Object.entries(DEMONYMS)) {
    if (!code) continue;
    add(code, demonym);
    // "Israelis", "Iraqis", "Somalis": the plural the places knowledge leaves out for demonyms in -i.
    add(code, pluralDemonym(demonym) ?? (demonym.endsWith('i') ? `${demonym}s` : undefined));
  }
  for (const [code, extra] of Object.entries(SHORT_NAMES)) for (const name of extra) add(code, name);
  for (const [code, extra] of Object.entries(SEATS_OF_POWER)) for (const name of extra) add(code, name);
  return [...names].map(([code, set]) => ({
    kind: 'actor',
    name: code,
    code,
    datedCodes: [],
    phrases: [...set].map(phraseFromName),
  }));
}

/** Short forms the ISO lists lack. */
const SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  USA: ['US', 'U.S.', 'United States'],
  PHL: ['Philippine'],
  GBR: ['UK'],
};

/** Seats of power that stand for a government in news ("the Kremlin said" → RUSGOV). */
const SEATS_OF_POWER: Readonly<Record<string, readonly string[]>> = {
  RUSGOV: ['Kremlin'],
  USAGOV: ['White House'],
  USAMIL: ['Pentagon'],
  GBRGOV: ['Downing Street'],
  FRAGOV: ['Elysee', 'Élysée'],
  CHNGOV: ['Zhongnanhai'],
};

function organisationEntries(): DictionaryEntry[] {
  return [...ORGANISATIONS, ...NAMED_GROUPS].map((group) => ({
    kind: 'actor',
    name: group.name,
    code: group.code,
    datedCodes: 'terms' in group && group.terms ? group.terms.map(parseTerm) : [],
    phrases: [group.name, ...group.aliases].map(organisationPhrase),
  }));
}

/** "Islamic State" but not "a strict Islamic state": multi-word capitalised names match only as capitalised. */
function organisationPhrase(name: string): DictionaryPhrase {
  const words = name.split(' ');
  const isCapitalised = words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word));
  return isCapitalised || AMBIGUOUS_IN_LOWER_CASE.has(name) ? { text: name, isStem: false, isCaseSensitive: true } : phraseFromName(name);
}

/** "western Iraq", "the west of the country": these names stand for an actor only as capitalised. */
const AMBIGUOUS_IN_LOWER_CASE = new Set(['Western', 'the West']);

/** Role nouns from the actors knowledge (titles, institutions, collective nouns) as agents: "Russian troops" → RUSMIL. */
function agentEntries(): DictionaryEntry[] {
  const agents: [string, string][] = [
    ...TITLES.map(({ title, agent }): [string, string] => [title, agent]),
    ...Object.entries(INSTITUTIONS),
    ...Object.entries(COLLECTIVE_AGENTS),
    ...Object.entries(GROUP_AGENTS),
  ];
  return agents.map(([word, code]): DictionaryEntry => ({ kind: 'agent', name: word, code, placement: 'after', phrases: [phraseFromName(word)] }));
}

/** Plural nouns for the people events happen to or are done by, with their CAMEO role ("kidnapped 20 villagers" → `---CVL`). */
const GROUP_AGENTS: Readonly<Record<string, string>> = {
  // Armed groups wire news names by what they are ("abducted by militiamen", "detained by paramilitaries").
  militia: 'REB', militias: 'REB', militiamen: 'REB', fighters: 'REB', paramilitaries: 'MIL', commandos: 'MIL',
  'border guards': 'MIL', 'security personnel': 'MIL', 'intelligence agents': 'SPY', bandits: 'CRM', kidnappers: 'CRM', mercenaries: 'UAF',
  hostages: 'CVL', people: 'CVL', passengers: 'CVL', residents: 'CVL', worshippers: 'REL', pilgrims: 'REL', clerics: 'REL',
  crowds: 'CVL', crowd: 'CVL', mourners: 'CVL', shoppers: 'CVL', 'asylum seekers': 'REF', 'asylum-seekers': 'REF',
  schoolgirls: 'EDU', schoolchildren: 'EDU', pupils: 'EDU', teachers: 'EDU', dissidents: 'OPP', gunmen: 'UAF', pirates: 'CRM',
  smugglers: 'CRM', gangs: 'CRM', gangsters: 'CRM', 'gang members': 'CRM', 'gang member': 'CRM', 'gang leader': 'CRM', jihadists: 'REB', separatists: 'REB', jihadist: 'REB', militant: 'REB', rebel: 'REB', insurgent: 'REB', guerrillas: 'REB', farmers: 'AGR', doctors: 'HLH',
  judges: 'JUD', prosecutors: 'JUD', court: 'JUD', tribunal: 'JUD', opponents: 'OPP', 'rights groups': 'NGO', 'aid workers': 'NGO',
  // Aid and rights bodies named by what they do ("expelled foreign aid agencies"): NGOs, not the news agencies "agency" means alone.
  'aid agencies': 'NGO', 'aid agency': 'NGO', 'aid groups': 'NGO', 'aid organisations': 'NGO', 'aid organizations': 'NGO',
  'relief agencies': 'NGO', 'relief groups': 'NGO', 'humanitarian agencies': 'NGO', 'humanitarian groups': 'NGO',
  'humanitarian organisations': 'NGO', 'humanitarian organizations': 'NGO', charities: 'NGO', 'human rights groups': 'NGO',
  'rights organisations': 'NGO', 'rights organizations': 'NGO',
  bomber: 'UAF', bombers: 'UAF', 'suicide bomber': 'UAF', attackers: 'UAF', assailants: 'UAF', gunman: 'UAF',
  policemen: 'COP', policeman: 'COP', 'paramilitary policemen': 'COP', 'paramilitary police': 'COP', 'riot police': 'COP',
  marines: 'MIL', sailors: 'MIL', troopers: 'MIL', guardsmen: 'MIL', 'armed men': 'UAF', priest: 'REL', priests: 'REL', imam: 'REL', bishop: 'REL', monks: 'REL',
  // "abducted dozens of women fleeing El Fasher": the victims wire reports name by who they are.
  children: 'CVL', tourists: 'CVL', worshipers: 'REL', reporters: 'MED', medics: 'HLH', nurses: 'HLH', women: 'CVL', inhabitants: 'CVL',
  // "as thousands rallied outside parliament…": a crowd named by its size alone.
  thousands: 'CVL', hundreds: 'CVL',
  // "youths threw stones", "lawyers went on strike", "Nepali nationals were flown home": more people named by who they are.
  youths: 'CVL', rioters: 'CVL', lawyers: 'CVL', nationals: 'CVL', citizens: 'CVL', protester: 'OPP', demonstrator: 'OPP', activist: 'OPP',
  // "a teenager was detained", "a woman was kidnapped": one person no name or title places, a civilian of where it happens
  // (an attacker among them is left unplaced: country-of-countryless.ts).
  man: 'CVL', woman: 'CVL', teenager: 'CVL', lawyer: 'CVL',
  // "the coast guard stopped a trawler": most coast guards police their waters, so a police force here (Phoenix's agent
  // list files the coast guard under MIL: a navy's branch in some countries). A cleric is religious, as in Phoenix.
  'coast guard': 'COP', coastguard: 'COP', cleric: 'REL',
};

/** Seas, straits and peninsulas whose names contain a country ("South China Sea"): matched so they code as nobody. */
const NOT_ACTORS = [
  'South China Sea', 'East China Sea', 'Sea of Japan', 'Korean Peninsula', 'Taiwan Strait', 'Strait of Hormuz',
  'Gulf of Mexico', 'Gulf of Aden', 'Gulf of Oman', 'Persian Gulf', 'Arabian Sea', 'Indian Ocean', 'Arabian Peninsula',
  'Horn of Africa', 'Central African Republic', 'South Africa', 'South Sudan', 'West Africa', 'East Africa', 'Latin America',
];

function notActorEntries(): DictionaryEntry[] {
  return NOT_ACTORS.filter((name) => !countryNames.getAlpha2Code(name, 'en')).map((name) => ({ kind: 'actor', name, datedCodes: [], phrases: [phraseFromName(name)] }));
}
