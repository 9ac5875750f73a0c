import { geoArea, geoCentroid } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

/** A country's representative point: where a country-level event is drawn, with `precision: 'country'`. */
export interface CountryPoint {
  readonly lat: number;
  readonly lon: number;
}

/**
 * Representative points for every country in world-atlas's 1:110m Natural Earth outlines (ISC), keyed by ISO-3.
 * The centroid of the largest polygon, not of the whole shape: France's is in France rather than pulled towards
 * French Guiana, and the United States' lies in the lower 48 rather than towards Alaska.
 */
export function loadCountryPoints(): ReadonlyMap<string, CountryPoint> {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const points = new Map<string, CountryPoint>();
  for (const country of collection.features) {
    const iso3 = country.id === undefined ? undefined : isoCountries.numericToAlpha3(String(country.id));
    if (!iso3 || points.has(iso3)) continue;
    const [lon, lat] = geoCentroid(largestPart(country.geometry));
    if (Number.isFinite(lat) && Number.isFinite(lon)) points.set(iso3, { lat: round(lat), lon: round(lon) });
  }
  return points;
}

function largestPart(geometry: GeoJSON.Geometry): GeoJSON.Geometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const parts = geometry.coordinates.map((coordinates): GeoJSON.Polygon => ({ type: 'Polygon', coordinates }));
  return parts.reduce((best, part) => (geoArea(part) > geoArea(best) ? part : best), parts[0] ?? geometry);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
