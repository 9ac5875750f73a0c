import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

const MAP_WIDTH = 960;
const MAP_HEIGHT = 500;

/** Land outlines and a projector for the offline world map (world-atlas TopoJSON bundled with the app, nothing fetched). */
export interface WorldMap {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly string[];
  readonly sphere: string;
  project(lon: number, lat: number): readonly [number, number] | undefined;
}

/** Loads the bundled 1:110m world; the Map view imports this module lazily, so only it pays for d3-geo and the atlas. */
export async function loadWorldMap(): Promise<WorldMap> {
  const world = (await import('world-atlas/countries-110m.json', { with: { type: 'json' } })).default as unknown as Topology<{ countries: GeometryCollection }>;
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  const land = feature(world, world.objects.countries);
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    countries: land.features.map((f) => path(f as GeoPermissibleObjects) ?? ''),
    sphere: path({ type: 'Sphere' }) ?? '',
    project: (lon, lat) => projection([lon, lat]) ?? undefined,
  };
}
