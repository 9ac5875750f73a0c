import type { City } from '../../knowledge/places/cities.ts';
import { countryOfCandidate, type Gazetteer, type PlaceCandidate } from '../../knowledge/places/gazetteer.ts';

/** What the text around a place mention says about it. */
export interface PlaceContext {
  /** Countries the article mentions (ISO-3), which favour towns in them. */
  readonly documentCountries: ReadonlySet<string>;
  /** Countries whose regions or towns the article names (not the countries' own names or demonyms). */
  readonly subnationalCountries?: ReadonlySet<string>;
  /** "Paris, Texas": the candidates the qualifier after the comma resolves to. */
  readonly qualifier?: readonly PlaceCandidate[];
  /** "Atlanta, Georgia": the candidates of the town before the comma; the mention is what contains it. */
  readonly qualifies?: readonly PlaceCandidate[];
  /** The mention is followed by "region", "oblast", "province"…: a first-level region is meant. */
  readonly isRegionWord: boolean;
  /** Whether a town lies close to a town the article names otherwise ("Sale" beside Manchester). */
  readonly isNearOtherPlace?: (city: City) => boolean;
}

/**
 * Picks what a place name denotes. Country names always mean the country (never a street or a town); "X region"
 * means the region; otherwise towns are ranked by size, by whether the article mentions their country, by capital
 * status and by an explicit qualifier ("Paris, Texas"). No candidate → undefined (the caller reports it).
 */
export function resolvePlace(name: string, context: PlaceContext, gazetteer: Gazetteer): PlaceCandidate | undefined {
  const candidates = context.isRegionWord ? [...gazetteer.lookup(name), ...gazetteer.regionsBeforeRegionWord(name)] : gazetteer.lookup(name);
  if (candidates.length === 0) return undefined;
  const qualified = context.qualifier ? candidates.filter((c) => isInside(c, context.qualifier ?? [], gazetteer)) : [];
  const containing = context.qualifies ? candidates.filter((c) => context.qualifies?.some((inner) => isInside(inner, [c], gazetteer))) : [];
  const pool = containing.length > 0 ? containing : qualified.length > 0 ? qualified : candidates;
  // "X region", "X province": of the regions of the name, the one the article's countries and its size favour ("South
  // Africa's North West province" is not Botswana's district).
  const regions = context.isRegionWord ? pool.filter((c) => c.kind === 'region') : [];
  // "a Gulf state", "the Sahel region": an area across several countries is meant, not a province of its name abroad
  // (Papua New Guinea's Gulf), unless the article names that province's country.
  if (regions.length > 0) {
    const sharedArea = pool.find((c) => c.kind === 'area' && countryOfCandidate(c) === undefined);
    if (sharedArea && !regions.some((c) => context.documentCountries.has(countryOfCandidate(c) ?? ''))) return sharedArea;
    return best(regions, context, gazetteer, pool);
  }
  const country = pool.find((c) => c.kind === 'country');
  // "Georgia" next to Florida and Atlanta is the state: a region wins only when the article names other places of its
  // country and nothing of the country of the same name. Naming the United States alone ("the US pledged aid to help
  // Georgia rebuild") does not make Georgia a state.
  const regionCountries = context.subnationalCountries ?? context.documentCountries;
  const region = pool.find((c) => c.kind === 'region' && regionCountries.has(c.region.country));
  if (country?.kind === 'country' && region && !context.documentCountries.has(country.country.iso3)) return region;
  if (country) return country;
  const area = pool.find((c) => c.kind === 'area');
  if (area) return area;
  return best(pool, context, gazetteer, pool);
}

/** The candidate scoring highest among `among` (the others of `pool` count as rivals). */
function best(among: readonly PlaceCandidate[], context: PlaceContext, gazetteer: Gazetteer, pool: readonly PlaceCandidate[]): PlaceCandidate | undefined {
  let top: PlaceCandidate | undefined;
  let topScore = -Infinity;
  const largest = Math.max(...pool.map((candidate) => (candidate.kind === 'city' ? candidate.city.population : 0)));
  for (const candidate of among) {
    const score = scoreCandidate(candidate, context, gazetteer, largest, pool);
    if (score > topScore) {
      top = candidate;
      topScore = score;
    }
  }
  return top;
}

/**
 * A big city dwarfs a small namesake a tenth its size: "Donetsk" in a story that names only Russia is still Ukraine's,
 * "Melbourne" beside an American player is still Australia's. A town of its own weight (Sale, 130,000) keeps the
 * article's country, and so does a small town a few kilometres from another place the article names.
 */
const DOMINANT_CITY = 500_000;
const SMALL_TOWN = 100_000;
/** What lying beside another named place is worth: a town of a thousand times the people. */
const NEIGHBOUR_WEIGHT = 3;
/** What a town sharing its name with its own district is worth: enough to pass a region abroad (scored as a million people). */
const OWN_DISTRICT_WEIGHT = 1;
/** No region counts for more than a town of a million people. */
const REGION_PEOPLE_CAP = 1_000_000;
const REGION_PEOPLE_FLOOR = 500_000;

function scoreCandidate(candidate: PlaceCandidate, context: PlaceContext, gazetteer: Gazetteer, largest: number, pool: readonly PlaceCandidate[]): number {
  const country = countryOfCandidate(candidate);
  // A town next to another place the article names is the one meant, however big its far namesake: the names of a local
  // story lie together ("Sale" and Manchester).
  const isNear = candidate.kind === 'city' && context.isNearOtherPlace?.(candidate.city) === true;
  const isDwarfed = candidate.kind === 'city' && !isNear && largest >= DOMINANT_CITY && candidate.city.population < SMALL_TOWN && candidate.city.population * 10 < largest;
  const inDocument = country && context.documentCountries.has(country) && !isDwarfed ? 4 : 0;
  if (candidate.kind === 'city') {
    const { city } = candidate;
    const capital = gazetteer.capitalOf(city.country) === city ? 3 : 0;
    // "Manchester": a town that is also its country's district of the name outweighs a namesake region abroad (Jamaica's
    // parish). Only against one abroad: at home the district stays ("Quebec" is the province).
    const isOwnDistrict = pool.some((other) => other.kind === 'region' && other.region.country === city.country) && pool.some((other) => other.kind === 'region' && other.region.country !== city.country);
    return Math.log10(Math.max(city.population, 10)) + inDocument + capital + (isNear ? NEIGHBOUR_WEIGHT : 0) + (isOwnDistrict ? OWN_DISTRICT_WEIGHT : 0);
  }
  // A region competes with towns as if it were a town of its country's typical region's people, up to a million: Jamaica's
  // parish of Portland (about 100,000) yields to Oregon's city of 650,000; Russia's Kursk Oblast still outweighs its city.
  // A region whose people are known weighs what they are: England's South East (9 million) over Singapore's district.
  // A town known only by its country ranks as a small town: the gazetteer holds no other place of its name anyway.
  if (candidate.kind === 'town') return Math.log10(SMALL_TOWN / 10) + inDocument;
  if (candidate.kind === 'region' && candidate.region.people !== undefined) return Math.log10(candidate.region.people) + inDocument;
  return Math.log10(Math.min(REGION_PEOPLE_CAP, Math.max(gazetteer.typicalRegionPopulation(country ?? ''), REGION_PEOPLE_FLOOR))) + inDocument;
}

function isInside(candidate: PlaceCandidate, qualifier: readonly PlaceCandidate[], gazetteer: Gazetteer): boolean {
  return qualifier.some((q) => {
    if (q.kind === 'country') return countryOfCandidate(candidate) === q.country.iso3;
    if (q.kind === 'region' && candidate.kind === 'city') return gazetteer.regionOf(candidate.city) === q.region;
    return false;
  });
}
