import countryNames from 'i18n-iso-countries';
import { ORGANISATIONS } from '../actors/organisations.ts';
import { COLLECTIVE_AGENTS, INSTITUTIONS, TITLES } from '../actors/titles.ts';
import { loadCountries } from '../places/countries.ts';
import { DEMONYMS, pluralDemonym } from '../places/demonyms.ts';
import { indexActorDictionary, phraseFromName, type ActorDictionary, type DictionaryEntry, type DictionaryPhrase } from './actor-dictionary.ts';
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
  for (const country of loadCountries()) {
    for (const name of [country.name, ...country.aliases, country.capital]) add(country.iso3, name);
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

/** Armed groups, parties and legislatures wire news names without their country (codes as CAMEO gives them). */
const GROUPS: readonly { readonly name: string; readonly aliases: readonly string[]; readonly code: string }[] = [
  { name: 'Boko Haram', aliases: [], code: 'NGAREB' },
  { name: 'al-Shabaab', aliases: ['al-Shabab', 'Shabaab', 'Shebab'], code: 'SOMREB' },
  { name: 'FARC', aliases: ['Revolutionary Armed Forces of Colombia'], code: 'COLREB' },
  { name: 'PKK', aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party'], code: 'TURREB' },
  { name: 'Muslim Brotherhood', aliases: [], code: 'EGYOPP' },
  { name: 'Fatah', aliases: [], code: 'PSE' },
  { name: 'Islamic Jihad', aliases: [], code: 'PSEREB' },
  { name: 'Tamil Tigers', aliases: ['LTTE'], code: 'LKAREB' },
  { name: 'US Congress', aliases: ['U.S. Congress', 'Congress'], code: 'USALEG' },
  { name: 'US Senate', aliases: ['U.S. Senate'], code: 'USALEG' },
  { name: 'Central Command', aliases: ['CENTCOM'], code: 'USAMIL' },
  { name: 'Pope', aliases: ['Vatican', 'Holy See'], code: 'VAT' },
  { name: 'Bosnian Serb', aliases: ['Bosnian Serbs'], code: 'BIH' },
  // CAMEO's regional codes, for "appealed to Europe", "aid to Africa".
  { name: 'Europe', aliases: [], code: 'EUR' },
  { name: 'Africa', aliases: [], code: 'AFR' },
  { name: 'Asia', aliases: [], code: 'ASA' },
  { name: 'Middle East', aliases: ['Mideast'], code: 'MEA' },
  { name: 'Western powers', aliases: ['Western', 'the West'], code: 'WST' },
];

function organisationEntries(): DictionaryEntry[] {
  return [...ORGANISATIONS, ...GROUPS].map(({ name, aliases, code }) => ({
    kind: 'actor',
    name,
    code,
    datedCodes: [],
    phrases: [name, ...aliases].map(organisationPhrase),
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
  hostages: 'CVL', people: 'CVL', villagers: 'CVL', passengers: 'CVL', residents: 'CVL', worshippers: 'REL', pilgrims: 'REL', clerics: 'REL',
  students: 'EDU', teachers: 'EDU', demonstrators: 'OPP', activists: 'OPP', dissidents: 'OPP', gunmen: 'UAF', pirates: 'CRM',
  smugglers: 'CRM', jihadists: 'REB', separatists: 'REB', jihadist: 'REB', militant: 'REB', rebel: 'REB', insurgent: 'REB', guerrillas: 'REB', workers: 'LAB', farmers: 'AGR', doctors: 'HLH',
  judges: 'JUD', prosecutors: 'JUD', court: 'JUD', opponents: 'OPP', 'rights groups': 'NGO', 'aid workers': 'NGO',
  bomber: 'UAF', bombers: 'UAF', 'suicide bomber': 'UAF', attackers: 'UAF', assailants: 'UAF', gunman: 'UAF',
  policemen: 'COP', policeman: 'COP', 'armed men': 'UAF', priest: 'REL', priests: 'REL', imam: 'REL', bishop: 'REL', monks: 'REL',
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
