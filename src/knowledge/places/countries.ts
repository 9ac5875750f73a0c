import { countries as countryTable } from 'countries-list';
import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

/** A country with the names news uses for it and its capital. */
export interface Country {
  readonly iso2: string;
  readonly iso3: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly capital?: string;
}

/**
 * Names look-ups read as a country but the recogniser's lists leave out: its gazetteer features were trained without
 * them, and listing "Northern Ireland" cut "Northern Ireland Assembly" short.
 */
export const LOOKUP_ONLY_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  GBR: ['Northern Ireland'],
};

// Names in the news that the ISO tables lack, and the short names newsrooms prefer over the formal ones.
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  GBR: ['Britain', 'Great Britain', 'U.K.', 'England', 'Scotland', 'Wales'],
  USA: ['America'],
  PRK: ['DPRK', 'Democratic People\'s Republic of Korea'],
  KOR: ['ROK'],
  NLD: ['Holland'],
  MMR: ['Burma'],
  CZE: ['Czechia'],
  // Wire style: a bare "Congo" (and "Congolese") is the Democratic Republic; its neighbour is named in full.
  // Former names still met in news and archives: "Zaire" is the Congo of 1971-97 (Angola's Zaire province is rarely news).
  COD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo', 'Zaire'],
  LKA: ['Ceylon'],
  BFA: ['Upper Volta'],
  BEN: ['Dahomey'],
  COG: ['Congo-Brazzaville', 'Republic of Congo', 'Congo Republic'],
  TUR: ['Turkiye', 'Türkiye'],
  CIV: ['Ivory Coast'],
  ARE: ['UAE', 'Emirates'],
  PSE: ['Palestine', 'Palestinian territories'],
  VAT: ['Vatican', 'Holy See'],
  MKD: ['Macedonia'],
  SWZ: ['Swaziland'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  // Short names the ISO tables give only in full ("Bosnia and Herzegovina", "Brunei Darussalam", "Saint Lucia").
  BIH: ['Bosnia'],
  BRN: ['Brunei'],
  LCA: ['St Lucia', 'St. Lucia'],
  KNA: ['St Kitts and Nevis', 'St. Kitts and Nevis'],
  VCT: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
};

/** ISO names a neighbour owns in the news ("Congo" is listed for the Republic of the Congo). */
const TAKEN_BY_ANOTHER: Readonly<Record<string, readonly string[]>> = { COG: ['Congo'] };

const PREFERRED_NAME: Readonly<Record<string, string>> = {
  GBR: 'United Kingdom', USA: 'United States', PRK: 'North Korea', KOR: 'South Korea', RUS: 'Russia', IRN: 'Iran',
  SYR: 'Syria', VNM: 'Vietnam', LAO: 'Laos', VEN: 'Venezuela', BOL: 'Bolivia', TZA: 'Tanzania', MDA: 'Moldova',
  TWN: 'Taiwan', CZE: 'Czech Republic', COD: 'Democratic Republic of the Congo', COG: 'Republic of the Congo',
  PSE: 'Palestine', NLD: 'Netherlands', MKD: 'North Macedonia', FSM: 'Micronesia',
};

/** Codes the ISO table lacks or that news coding writes otherwise: Kosovo has no ISO code, and CAMEO, PETRARCH and GDELT write KSV. */
const CODE_OVERRIDES: Readonly<Record<string, string>> = { XKK: 'KSV', XKX: 'KSV' };

/** The three-letter code the project uses for an ISO 3166-1 alpha-2 code (ISO's alpha-3, but KSV for Kosovo). */
export function countryCodeOf(iso2: string): string | undefined {
  const listed = isoCountries.alpha2ToAlpha3(iso2);
  return listed ? (CODE_OVERRIDES[listed] ?? listed) : undefined;
}

function shortestName(names: readonly string[]): string {
  const plain = names.filter((n) => !n.includes(',') && !/^[A-Z.]+$/.test(n));
  return [...(plain.length > 0 ? plain : names)].sort((a, b) => a.length - b.length)[0] ?? '';
}

/** Every ISO 3166-1 country with English names and aliases (i18n-iso-countries) and its capital (countries-list). */
export function loadCountries(): Country[] {
  isoCountries.registerLocale(english);
  const names = isoCountries.getNames('en', { select: 'all' });
  const out: Country[] = [];
  for (const [iso2, list] of Object.entries(names)) {
    const iso3 = countryCodeOf(iso2);
    if (!iso3) continue;
    const all = [...new Set([...list, ...(EXTRA_ALIASES[iso3] ?? [])])].filter((alias) => !TAKEN_BY_ANOTHER[iso3]?.includes(alias));
    const name = PREFERRED_NAME[iso3] ?? shortestName(list);
    const capital = (countryTable as Record<string, { capital?: string }>)[iso2]?.capital;
    out.push({ iso2, iso3, name, aliases: all.filter((a) => a !== name), ...(capital ? { capital } : {}) });
  }
  return out;
}
