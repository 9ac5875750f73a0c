import regionData from 'country-region-data/data.json' with { type: 'json' };
import { countryCodeOf } from './countries.ts';

/** A first-level administrative region (oblast, state, province) with the short names news uses for it. */
export interface Region {
  readonly name: string;
  readonly country: string;
  readonly code: string;
  readonly aliases: readonly string[];
  /** How many people live there, where known; most listed regions have no figure. */
  readonly people?: number;
}

const DIVISION_WORDS = /\s+(oblast|oblast'|krai|kray|province|region|state|governorate|prefecture|district|county|territory|autonomous okrug|okrug|voivodeship|department)$/i;

/** Short names a region goes by: "Kursk Oblast" → "Kursk"; "Kharkivska oblast" → "Kharkiv"; "Chagang-do (Chagang Province)" → "Chagang". */
export function regionAliases(name: string): string[] {
  const aliases = new Set<string>();
  const inner = /\(([^)]+)\)/.exec(name)?.[1];
  const outer = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  for (const form of [outer, inner]) {
    if (!form) continue;
    aliases.add(form);
    const bare = form.replace(DIVISION_WORDS, '').replace(/^(Republic|Province|State) of /i, '').trim();
    if (bare.length > 2) aliases.add(bare);
    const ukrainian = /^(\S+?)s?ka oblast$/i.exec(form)?.[1];
    if (ukrainian) aliases.add(ukrainian.replace(/s$/, ''));
  }
  aliases.delete(name);
  return [...aliases].filter((alias) => alias.length > 2);
}

/** Every first-level region in country-region-data, keyed to ISO-3 countries. */
export function loadRegions(): Region[] {
  const out: Region[] = [];
  for (const country of regionData as readonly { countryShortCode: string; regions: readonly { name: string; shortCode?: string }[] }[]) {
    const iso3 = countryCodeOf(country.countryShortCode);
    if (!iso3) continue;
    for (const region of country.regions) {
      out.push({ name: region.name, country: iso3, code: region.shortCode ?? '', aliases: regionAliases(region.name) });
    }
  }
  for (const [name, people] of ENGLISH_REGIONS) out.push({ name, country: 'GBR', code: '', aliases: [], people });
  for (const name of CONGO_PROVINCES_SINCE_2015) out.push({ name, country: 'COD', code: '', aliases: regionAliases(name) });
  return out;
}

/**
 * The Democratic Republic of Congo's provinces made in 2015 by splitting the old ones, which country-region-data still
 * lists (Orientale, Katanga, Bandundu…): news names the new ones ("Ituri province", "Tanganyika"). From general knowledge.
 */
const CONGO_PROVINCES_SINCE_2015: readonly string[] = [
  'Ituri', 'Tshopo', 'Haut-Uele', 'Bas-Uele', 'Haut-Katanga', 'Haut-Lomami', 'Lualaba', 'Tanganyika', 'Kasaï',
  'Kasaï-Central', 'Lomami', 'Sankuru', 'Kwango', 'Kwilu', 'Mai-Ndombe', 'Mongala', 'Nord-Ubangi', 'Sud-Ubangi', 'Tshuapa',
];

/**
 * England's statistical regions, which British news names alone ("flooding across the South East"): country-region-data
 * lists only the UK's local authorities, so "South East" was Singapore's district. People: 2021 census, rounded. London
 * is left to the city of the name.
 */
const ENGLISH_REGIONS: readonly (readonly [string, number])[] = [
  ['North East', 2_650_000],
  ['North West', 7_420_000],
  ['Yorkshire and the Humber', 5_480_000],
  ['East Midlands', 4_880_000],
  ['West Midlands', 5_950_000],
  ['East of England', 6_340_000],
  ['South East', 9_280_000],
  ['South West', 5_700_000],
];
