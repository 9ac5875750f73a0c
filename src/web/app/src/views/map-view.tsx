import { useEffect, useState } from 'preact/hooks';
import { toApiError, useApi } from '../api-client.ts';
import type { ApiError } from '../api-client.ts';
import type { MapResponse } from '../api-types.ts';
import { filtersOf, SearchForm } from '../components/search-form.tsx';
import { Empty, ErrorBox, Show } from '../components/status-views.tsx';
import { withParams } from '../router.ts';
import type { WorldMap } from '../world-map.ts';

/** Map: places from the articles matching the filters, sized by how many articles mention them. */
export function MapView({ params }: { params: URLSearchParams }) {
  const data = useApi<MapResponse>(withParams('/map', filtersOf(params)));
  const [world, setWorld] = useState<WorldMap | ApiError | undefined>();
  useEffect(() => {
    import('../world-map.ts').then((m) => m.loadWorldMap()).then(setWorld, (e: unknown) => setWorld(toApiError(e)));
  }, []);
  return (
    <>
      <h1>Map</h1>
      <SearchForm params={params} action="/map" />
      <Show value={data}>{(d) => (
        <>
          <p role="status">{d.places.length} located places from {d.articles} articles{d.unlocated > 0 ? ` · ${d.unlocated} mentions without coordinates` : ''}</p>
          {world instanceof Error ? <ErrorBox error={world} /> : !world ? <p class="muted">Drawing the map…</p> : <MapSvg world={world} data={d} />}
          {d.places.length === 0 ? <Empty>No located places for these filters. Places appear once articles mentioning them are ingested.</Empty> : (
            <details>
              <summary>Places as a table</summary>
              <div class="table-scroll"><table>
                <thead><tr><th scope="col">Place</th><th scope="col">Country</th><th scope="col">Articles</th><th scope="col">Events</th><th scope="col">Precision</th></tr></thead>
                <tbody>{d.places.map((p) => <tr key={p.key}><td><a href={withParams('/search', { place: p.name })}>{p.name}</a></td><td>{p.country ?? '—'}</td><td>{p.articles}</td><td>{p.events}</td><td>{p.precision}</td></tr>)}</tbody>
              </table></div>
            </details>
          )}
        </>
      )}</Show>
    </>
  );
}

function MapSvg({ world, data }: { world: WorldMap; data: MapResponse }) {
  const max = Math.max(1, ...data.places.map((p) => p.articles));
  return (
    <svg class="map-svg" viewBox={`0 0 ${world.width} ${world.height}`} role="group" aria-label="World map of places mentioned">
      <path class="sphere" d={world.sphere} />
      <g aria-hidden="true">{world.countries.map((d, i) => <path key={i} class="land" d={d} />)}</g>
      {data.places.map((p) => {
        const xy = world.project(p.lon, p.lat);
        if (!xy) return null;
        const r = 3 + 14 * Math.sqrt(p.articles / max);
        return (
          <a key={p.key} href={withParams('/search', { place: p.name })} aria-label={`${p.name}: ${p.articles} articles, ${p.events} events`}>
            <circle cx={xy[0]} cy={xy[1]} r={r}><title>{`${p.name}: ${p.articles} articles, ${p.events} events`}</title></circle>
          </a>
        );
      })}
    </svg>
  );
}
