import type { Place } from '../../model/place.ts';
import type { Gazetteer, PlaceCandidate } from '../../knowledge/places/gazetteer.ts';

/** A stable key for a referent, so every mention of one place lands on one `Place`. */
export function placeKey(candidate: PlaceCandidate): string {
  switch (candidate.kind) {
    case 'country':
      return `country:${candidate.country.iso3}`;
    case 'region':
      return `region:${candidate.region.country}:${candidate.region.name}`;
    case 'city':
      return `city:${candidate.city.country}:${candidate.city.name}:${candidate.city.lat}`;
    case 'area':
      return `area:${candidate.name}`;
    case 'town':
      return `town:${candidate.country}:${candidate.name}`;
  }
}

/** The `Place` a resolved candidate describes: country, first-level region, coordinates and precision. */
export function placeFromCandidate(candidate: PlaceCandidate, gazetteer: Gazetteer): Omit<Place, 'id' | 'mentions'> {
  switch (candidate.kind) {
    case 'country': {
      // A representative point so maps can draw it; `precision: 'country'` says it is not where anything happened.
      const point = gazetteer.countryPoint(candidate.country.iso3);
      return { name: candidate.country.name, country: candidate.country.iso3, ...(point ?? {}), precision: 'country' };
    }
    case 'region': {
      const { region } = candidate;
      const seat = gazetteer
        .lookup(region.aliases[region.aliases.length - 1] ?? region.name)
        .find((c) => c.kind === 'city' && c.city.country === region.country && c.city.feature === 'PPLA');
      const coordinates = seat?.kind === 'city' ? { lat: seat.city.lat, lon: seat.city.lon } : {};
      return { name: region.name, country: region.country, region: region.name, ...coordinates, precision: 'region' };
    }
    case 'city': {
      const { city } = candidate;
      const region = gazetteer.regionOf(city)?.name ?? regionNamedAfter(city.name, city.country, gazetteer);
      return { name: city.name, country: city.country, ...(region ? { region } : {}), lat: city.lat, lon: city.lon, precision: 'city' };
    }
    case 'area':
      return {
        name: candidate.name,
        ...(candidate.country ? { country: candidate.country } : {}),
        ...(candidate.region ? { region: candidate.region } : {}),
        lat: candidate.lat,
        lon: candidate.lon,
        precision: 'area',
      };
    case 'town':
      // A town the city table lacks is known by its country alone: no point is invented for it.
      return { name: candidate.name, country: candidate.country, precision: 'city' };
  }
}

/** A regional capital's region often bears its name (Kursk → Kursk Oblast), where admin codes do not say. */
function regionNamedAfter(name: string, country: string, gazetteer: Gazetteer): string | undefined {
  const regions = gazetteer.lookup(name).flatMap((c) => (c.kind === 'region' && c.region.country === country ? [c.region] : []));
  return (regions.find((r) => r.name.toLowerCase() === name.toLowerCase()) ?? regions[0])?.name;
}
