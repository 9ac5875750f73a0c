import { loadCountries } from '../places/countries.ts';
import type { AgentType } from './titles.ts';
import { ORGANISATIONS } from './organisations.ts';

/** How a role code reads after a country's name ("Chile's government") or alone ("rebels"). */
const ROLE_WORDS: Readonly<Record<AgentType | 'UAF' | 'ELI' | 'REL' | 'AGR' | 'CRM' | 'IGO' | 'INS' | 'SEP' | 'ENV', string>> = {
  GOV: 'government', MIL: 'military', MED: 'media', BUS: 'business', REB: 'rebels', OPP: 'opposition', JUD: 'judiciary',
  LEG: 'legislature', COP: 'police', SPY: 'intelligence service', PTY: 'political party', EDU: 'educators', HLH: 'health workers',
  CVL: 'civilians', REF: 'refugees', NGO: 'non-governmental organisation', LAB: 'labour', HRI: 'rights groups',
  UAF: 'armed forces', ELI: 'elites', REL: 'religious leaders', AGR: 'farmers', CRM: 'criminals', IGO: 'international body',
  INS: 'insurgents', SEP: 'separatists', ENV: 'environmental groups',
};

/** CAMEO's regional codes, which stand where a country code would ("aid to Africa"). */
const REGIONS: Readonly<Record<string, string>> = {
  AFR: 'Africa', ASA: 'Asia', EUR: 'Europe', MEA: 'the Middle East', WST: 'the West', LAM: 'Latin America',
  NMR: 'North America', SAM: 'South America', SAS: 'South Asia', SEA: 'Southeast Asia', CAS: 'Central Asia',
  EAF: 'East Africa', WAF: 'West Africa', NAF: 'North Africa', SAF: 'Southern Africa',
  BLK: 'the Balkans', CAU: 'the Caucasus', SCN: 'Scandinavia', EEU: 'Eastern Europe', WEU: 'Western Europe',
  CRB: 'the Caribbean', PGS: 'the Persian Gulf', MDT: 'the Mediterranean',
};

let countryNames: ReadonlyMap<string, string> | undefined;
let organisationNames: ReadonlyMap<string, string> | undefined;

/** Whether a code is one of CAMEO's regions ("WST", "AFR"), whose names also open places ("West Java"). */
export function isRegionCode(code: string): boolean {
  return Object.hasOwn(REGIONS, code);
}

/**
 * A readable name for a CAMEO actor code, for places that have only the code (a fact merged across articles, an
 * event whose actor has no mention): `CHLGOV` → "Chile's government", `IGOEEU` → "European Union", `---REB` →
 * "rebels". Unknown parts stay as written, so nothing is invented.
 */
export function describeActorCode(code: string): string {
  countryNames ??= new Map([...Object.entries(REGIONS), ...loadCountries().map((country) => [country.iso3, country.name] as const)]);
  // International bodies first; national organisations (seats of government, armed groups) read as country + role.
  const country = code.startsWith('---') ? '' : countryNames.get(code.slice(0, 3));
  if (country === undefined) {
    organisationNames ??= new Map([...ORGANISATIONS].reverse().map((org) => [org.code, org.name]));
    return organisationNames.get(code) ?? code;
  }
  const roles = (code.slice(3).match(/.{3}/g) ?? []).map((role) => (ROLE_WORDS as Readonly<Record<string, string>>)[role]);
  if (roles.some((role) => role === undefined) || code.length % 3 !== 0) return code;
  // The last role is the most specific (`USAGOVLEG`: the legislature).
  const role = roles[roles.length - 1];
  if (!country) return role ?? code;
  if (!role) return country;
  return `${country}${country.endsWith('s') ? "'" : "'s"} ${role}`;
}
