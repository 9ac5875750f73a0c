import { useApi } from '../api-client.ts';
import type { NetworkResponse } from '../api-types.ts';
import { filtersOf, SearchForm } from '../components/search-form.tsx';
import { Empty, Show } from '../components/status-views.tsx';
import { withParams } from '../router.ts';

const WIDTH = 960;
const HEIGHT = 540;
const FIELDS = ['actor', 'since', 'until', 'quadClass'] as const;

/** Network: actors around an ellipse (busiest first), edges green-solid for cooperation, red-dashed for conflict. */
export function NetworkView({ params }: { params: URLSearchParams }) {
  const data = useApi<NetworkResponse>(withParams('/network', filtersOf(params, FIELDS)));
  return (
    <>
      <h1>Network</h1>
      <SearchForm params={params} action="/network" fields={FIELDS} />
      <Show value={data}>{(d) => (d.nodes.length === 0
        ? <Empty>No interactions between coded actors for these filters. Ingest articles with events (who did what to whom), or widen the filters.</Empty>
        : <Graph data={d} />)}</Show>
    </>
  );
}

function edgeClass(e: NetworkResponse['edges'][number]): string {
  if (e.cooperation > 0 && e.conflict === 0) return 'edge-coop';
  if (e.conflict > 0 && e.cooperation === 0) return 'edge-conflict';
  return 'edge-mixed';
}

function Graph({ data }: { data: NetworkResponse }) {
  const nodes = [...data.nodes].sort((a, b) => b.events - a.events).slice(0, 60);
  const centre = WIDTH / 2;
  // An ellipse leaves room for the labels on both sides.
  const pos = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n.id, [centre + (WIDTH / 2 - 220) * Math.cos(angle), HEIGHT / 2 + (HEIGHT / 2 - 40) * Math.sin(angle)] as const];
  }));
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...data.edges.map((e) => e.events));
  return (
    <>
      <p role="status">{nodes.length} actors · {data.edges.length} relations · from {data.scannedEvents} events</p>
      <p class="meta">Legend: <span class="badge coop">solid green = cooperation</span> <span class="badge conflict">dashed red = conflict</span> <span class="badge">dotted grey = both</span>; thicker = more events.</p>
      <svg class="net-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Actor interaction network">
        <g aria-hidden="true">{data.edges.map((e) => {
          const a = pos.get(e.source);
          const b = pos.get(e.target);
          if (!a || !b) return null;
          return <line key={`${e.source}-${e.target}`} class={edgeClass(e)} x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} stroke-width={1 + 5 * (e.events / maxEdge)}><title>{`${e.source}–${e.target}: ${e.cooperation} cooperation, ${e.conflict} conflict`}</title></line>;
        })}</g>
        {nodes.map((n) => {
          const p = pos.get(n.id);
          if (!p) return null;
          const labelRight = p[0] >= centre;
          return (
            <a key={n.id} href={`/actor/${encodeURIComponent(n.id)}`}>
              <title>{`${n.events} interactions`}</title>
              <circle cx={p[0]} cy={p[1]} r={5 + 12 * Math.sqrt(n.events / maxNode)} />
              <text x={p[0] + (labelRight ? 14 : -14)} y={p[1] + 4} text-anchor={labelRight ? 'start' : 'end'}>{n.name === n.id ? n.id : `${n.name} · ${n.id}`}</text>
            </a>
          );
        })}
      </svg>
      <details>
        <summary>Relations as a table</summary>
        <div class="table-scroll"><table>
          <thead><tr><th scope="col">Actors</th><th scope="col">Events</th><th scope="col">Cooperation</th><th scope="col">Conflict</th><th scope="col">Goldstein sum</th></tr></thead>
          <tbody>{data.edges.map((e) => <tr key={`${e.source}-${e.target}`}><td>{e.source} – {e.target}</td><td>{e.events}</td><td>{e.cooperation}</td><td>{e.conflict}</td><td>{e.goldstein.toFixed(1)}</td></tr>)}</tbody>
        </table></div>
      </details>
    </>
  );
}
