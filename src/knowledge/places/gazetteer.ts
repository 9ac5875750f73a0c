import { loadCities, type City } from './cities.ts';
import { CITY_ENGLISH_NAMES, CITY_OTHER_SPELLINGS } from './city-exonyms.ts';
import { loadCountries, LOOKUP_ONLY_COUNTRY_NAMES, type Country } from './countries.ts';
import { loadCountryPoints, type CountryPoint } from './country-points.ts';
import { DEMONYMS, pluralDemonym } from './demonyms.ts';
import { GEO_AREAS } from './geo-areas.ts';
import { NEWS_TOWNS } from './news-towns.ts';
import { REGION_ENGLISH_NAMES } from './region-english-names.ts';
import { loadRegions, type Region } from './regions.ts';
import { US_STATE_ABBREVIATIONS } from './us-state-abbreviations.ts';

/** One thing a place name may denote, before context picks among them. */
export type PlaceCandidate =
  | { readonly kind: 'country'; readonly country: Country }
  | { readonly kind: 'region'; readonly region: Region }
  | { readonly kind: 'city'; readonly city: City }
  | { readonly kind: 'area'; readonly name: string; readonly country?: string; readonly region?: string; readonly lat: number; readonly lon: number }
  | { readonly kind: 'town'; readonly name: string; readonly country: string };

/** The ISO-3 country a candidate lies in (an area may lie in none). */
export function countryOfCandidate(candidate: PlaceCandidate): string | undefined {
  switch (candidate.kind) {
    case 'country':
      return candidate.country.iso3;
    case 'region':
      return candidate.region.country;
    case 'city':
      return candidate.city.country;
    case 'area':
    case 'town':
      return candidate.country;
  }
}

/** Countries, regions, cities, areas and demonyms, indexed by lower-cased name; loaded once per process. */
export class Gazetteer {
  private readonly byName = new Map<string, PlaceCandidate[]>();
  private readonly listed = new Map<string, PlaceCandidate[]>();
  private readonly countryByIso3 = new Map<string, Country>();
  private readonly demonymIndex = new Map<string, string>();
  private readonly capitals = new Map<string, City>();
  private readonly regionsByCountryCode = new Map<string, Region>();
  private readonly townPeople = new Map<string, number>();
  private readonly regionCount = new Map<string, number>();
  private readonly states = new Map<string, PlaceCandidate>();
  private readonly regionWordSpellings = new Map<string, PlaceCandidate[]>();

  constructor(
    readonly countries: readonly Country[],
    readonly regions: readonly Region[],
    readonly cities: readonly City[],
    private readonly countryPoints: ReadonlyMap<string, CountryPoint> = new Map(),
  ) {
    const regionSpellings: [spelling: string, region: PlaceCandidate, isEnglish: boolean][] = [];
    for (const country of countries) {
      this.countryByIso3.set(country.iso3, country);
      for (const name of [country.name, ...country.aliases]) this.add(name, { kind: 'country', country });
    }
    for (const listedRegion of regions) {
      // A region news names in English ("Gharb Darfur" is West Darfur) is shown by its English name and found by both;
      // only the listed names feed `names()`, as for cities.
      const english = REGION_ENGLISH_NAMES.get(`${listedRegion.name}|${listedRegion.country}`) ?? [];
      const region = english[0] ? { ...listedRegion, name: english[0] } : listedRegion;
      const candidate: PlaceCandidate = { kind: 'region', region };
      this.regionsByCountryCode.set(`${region.country}:${region.code}`, region);
      this.regionCount.set(region.country, (this.regionCount.get(region.country) ?? 0) + 1);
      for (const name of [listedRegion.name, ...listedRegion.aliases]) {
        this.add(name, candidate);
        // Regions are few and their names long, so they are also found without accents ("Khuzestan", "Tachira").
        regionSpellings.push([foldDiacritics(name), candidate, false]);
      }
      for (const spelling of english) regionSpellings.push([spelling, candidate, true]);
    }
    for (const [abbreviation, code] of US_STATE_ABBREVIATIONS) {
      const state = this.regionsByCountryCode.get(`USA:${code}`);
      if (state) this.states.set(abbreviation, { kind: 'region', region: state });
    }
    for (const [iso3, names] of Object.entries(LOOKUP_ONLY_COUNTRY_NAMES)) {
      const country = this.countryByIso3.get(iso3);
      if (country) for (const name of names) this.addSpelling(name, { kind: 'country', country });
    }
    for (const listedCity of cities) {
      // A city English news names differently ("Genève") is shown by its English name, and found by both.
      const key = `${listedCity.name}|${listedCity.country}`;
      const english = CITY_ENGLISH_NAMES.get(key);
      const city = english ? { ...listedCity, name: english } : listedCity;
      const candidate: PlaceCandidate = { kind: 'city', city };
      this.townPeople.set(city.country, (this.townPeople.get(city.country) ?? 0) + city.population);
      this.add(listedCity.name, candidate);
      // Only large cities are found without their accents: a small "Léo" would turn the name Leo into a place.
      const folded = listedCity.population >= FOLDED_MIN_POPULATION ? foldDiacritics(listedCity.name) : listedCity.name;
      if (folded !== listedCity.name) this.addSpelling(folded, candidate);
      for (const spelling of [...(english ? [english] : []), ...(CITY_OTHER_SPELLINGS.get(key) ?? [])]) this.addSpelling(spelling, candidate);
      if (city.feature === 'PPLC' && !this.capitals.has(city.country)) this.capitals.set(city.country, city);
    }
    // A region's unaccented name that a town also bears ("Zurich", "Rafah"; Panama's "Colon") and its English name that its
    // own seat bears ("Sumy") are the town, as before these spellings were added: they find the region only before
    // "region", "province"… An English name shared with a small town abroad stays the region's ("South Holland").
    for (const [spelling, candidate, isEnglish] of regionSpellings) {
      const country = countryOfCandidate(candidate);
      const found = this.lookup(spelling);
      const isTownName = found.some((other) => other.kind === 'city' && (!isEnglish || other.city.country === country));
      if (!isTownName) this.addSpelling(spelling, candidate);
      else if (!found.includes(candidate)) {
        const key = spelling.toLowerCase();
        const listed = this.regionWordSpellings.get(key);
        if (listed) listed.push(candidate);
        else this.regionWordSpellings.set(key, [candidate]);
      }
    }
    for (const country of countries) {
      // "Washington D.C." in the country table is "Washington" in the news: index the capital under its short name.
      const capital = this.capitals.get(country.iso3);
      const short = country.capital?.replace(/,?\s+D\.C\.$/, '');
      if (capital && short && short.toLowerCase() !== capital.name.toLowerCase()) this.add(short, { kind: 'city', city: capital });
    }
    for (const area of GEO_AREAS) {
      const { aliases, ...rest } = area;
      for (const name of [area.name, ...(aliases ?? [])]) this.add(name, { kind: 'area', ...rest });
    }
    // Look-ups only: the recogniser's lists keep to the source tables.
    for (const town of NEWS_TOWNS) {
      const candidate: PlaceCandidate = { kind: 'town', name: town.name, country: town.country };
      for (const name of [town.name, ...(town.aliases ?? [])]) this.addSpelling(name, candidate);
    }
    for (const [demonym, iso3] of Object.entries(DEMONYMS)) {
      this.demonymIndex.set(demonym.toLowerCase(), iso3);
      const plural = pluralDemonym(demonym);
      if (plural) this.demonymIndex.set(plural.toLowerCase(), iso3);
    }
  }

  /** Indexes a name as the source tables list it: for look-ups and for `names()`. */
  private add(name: string, candidate: PlaceCandidate): void {
    const key = name.toLowerCase();
    const list = this.listed.get(key);
    if (list) list.push(candidate);
    else this.listed.set(key, [candidate]);
    this.addSpelling(name, candidate);
  }

  /**
   * Indexes another spelling for look-ups only. `names()` keeps to the listed names: the recogniser's gazetteer
   * features were trained on them, and extra spellings would change what it tags.
   */
  private addSpelling(name: string, candidate: PlaceCandidate): void {
    // Look-ups drop a leading "the", so "The Hague" is indexed as "hague" as well.
    const key = name.toLowerCase().replace(/^the\s+/, '');
    const list = this.byName.get(key);
    if (list?.includes(candidate)) return;
    if (list) list.push(candidate);
    else this.byName.set(key, [candidate]);
  }

  /** Everything a name may denote: countries first, then regions, areas and cities (largest first). */
  lookup(name: string): readonly PlaceCandidate[] {
    return this.byName.get(name.toLowerCase().replace(/^the\s+/, '')) ?? [];
  }

  /** Regions a name denotes only before "region", "province"… ("Sumy region"), where alone it is its country's town. */
  regionsBeforeRegionWord(name: string): readonly PlaceCandidate[] {
    return this.regionWordSpellings.get(name.toLowerCase()) ?? [];
  }

  /** All indexed names, for building phrase matchers. */
  names(): IterableIterator<[string, readonly PlaceCandidate[]]> {
    return this.listed.entries();
  }

  /** Every spelling look-ups accept (listed names, English names, names without accents), with what each denotes. */
  spellings(): IterableIterator<[string, readonly PlaceCandidate[]]> {
    return this.byName.entries();
  }

  /**
   * The US state an AP abbreviation stands for ("Ga.", "W.Va."), matched with its case: "LA." in capitals is Los Angeles,
   * and the abbreviations are no general spellings, as "in LA." or a sentence ending "… in Ga." alone would be misread.
   */
  stateOfAbbreviation(word: string): PlaceCandidate | undefined {
    return this.states.get(word);
  }

  country(iso3: string): Country | undefined {
    return this.countryByIso3.get(iso3);
  }

  /** The ISO-3 code a demonym or its plural belongs to ("North Korean", "Russians"); '' for regional ones like "Arab". */
  demonym(word: string): string | undefined {
    return this.demonymIndex.get(word.toLowerCase());
  }

  demonyms(): IterableIterator<[string, string]> {
    return this.demonymIndex.entries();
  }

  /** Where a country-level mention is drawn (the centroid of its largest landmass), when the outlines include it. */
  countryPoint(iso3: string): CountryPoint | undefined {
    return this.countryPoints.get(iso3);
  }

  /** The capital city of a country (GeoNames PPLC). */
  capitalOf(iso3: string): City | undefined {
    return this.capitals.get(iso3);
  }

  /**
   * The ISO-3 country whose capital bears this name ("Pyongyang" → PRK), for metonymy; of two capitals of the name, the
   * bigger ("Kingston" is Jamaica's, not Norfolk Island's).
   */
  countryWithCapital(name: string): string | undefined {
    let best: City | undefined;
    for (const candidate of this.lookup(name)) {
      if (candidate.kind === 'city' && this.capitals.get(candidate.city.country) === candidate.city && candidate.city.population > (best?.population ?? -1)) best = candidate.city;
    }
    return best?.country;
  }

  /**
   * About how many people live in one of a country's regions: the people of its listed towns shared among its regions.
   * The gazetteer has no region populations; this keeps a parish of Jamaica from weighing what an oblast of Russia does.
   */
  typicalRegionPopulation(iso3: string): number {
    return (this.townPeople.get(iso3) ?? 0) / (this.regionCount.get(iso3) ?? 1);
  }

  /** The region a city lies in, where GeoNames admin codes are the ISO 3166-2 codes: only in the US. */
  regionOf(city: City): Region | undefined {
    return city.country === 'USA' ? this.regionsByCountryCode.get(`${city.country}:${city.admin}`) : undefined;
  }
}

const FOLDED_MIN_POPULATION = 100_000;
const unfoldable: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ı: 'i', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'", '‘': "'", ʻ: "'" };

/** A name as English news writes it without accents: "São Paulo" → "Sao Paulo", "Łódź" → "Lodz", "Xi’an" → "Xi'an". */
export function foldDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁıøØđĐßæœ’‘ʻ]/g, (c) => unfoldable[c] ?? c);
}

let instance: Gazetteer | undefined;

/** The shared gazetteer: built on first use, then reused by every stage and analyzer in the process. */
export function loadGazetteer(): Gazetteer {
  instance ??= new Gazetteer(loadCountries(), loadRegions(), loadCities(), loadCountryPoints());
  return instance;
}
