import type { City } from '../../knowledge/places/cities.ts';
import type { Gazetteer } from '../../knowledge/places/gazetteer.ts';

/** How close a town must lie to another named place to be read as its neighbour ("Sale" by Manchester: 8 km). */
const NEIGHBOUR_KM = 50;
const KM_PER_DEGREE = 111.2;

/**
 * For a place name, whether a town lies within a short drive of the biggest town one of the article's other place names
 * denotes: a local story names its neighbourhood, and that outweighs the size of a namesake abroad. Each name is looked up
 * once per document.
 */
export function nearOtherPlace(names: readonly string[], gazetteer: Gazetteer): (name: string) => (city: City) => boolean {
  const townsOf = new Map<string, readonly City[]>();
  // Each other name by its biggest town only: "Amsterdam" beside "Rotterdam" must not pull both to their small namesakes in New York.
  for (const name of new Set(names)) townsOf.set(name, biggestTown(gazetteer, name));
  return (name) => (city) => {
    for (const [other, towns] of townsOf) {
      if (other === name) continue;
      for (const town of towns) if (town !== city && kilometres(town, city) <= NEIGHBOUR_KM) return true;
    }
    return false;
  };
}

function biggestTown(gazetteer: Gazetteer, name: string): readonly City[] {
  let biggest: City | undefined;
  for (const candidate of gazetteer.lookup(name)) if (candidate.kind === 'city' && candidate.city.population > (biggest?.population ?? -1)) biggest = candidate.city;
  return biggest ? [biggest] : [];
}

/** Distance on an equirectangular projection: exact enough at tens of kilometres. */
function kilometres(a: City, b: City): number {
  const dx = (a.lon - b.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  const dy = a.lat - b.lat;
  return KM_PER_DEGREE * Math.sqrt(dx * dx + dy * dy);
}
