import { useApi } from '../api-client.ts';
import type { ActorProfile, DyadResponse } from '../api-types.ts';
import { ActorName } from '../components/actor-name.tsx';
import { DyadChart } from '../components/dyad-chart.tsx';
import { Empty, Show } from '../components/status-views.tsx';
import { withParams } from '../router.ts';

/** Actor: names, roles, country and code, its events, its counterparts, and the dyad chart with one of them. */
export function ActorView({ id, params }: { id: string; params: URLSearchParams }) {
  const profile = useApi<ActorProfile>(`/actors/${encodeURIComponent(id)}`);
  return <Show value={profile}>{(p) => <ActorBody profile={p} id={id} counterpart={params.get('with') ?? p.counterparts[0]?.key} />}</Show>;
}

function ActorBody({ profile, id, counterpart }: { profile: ActorProfile; id: string; counterpart: string | undefined }) {
  const { summary, aliases, roles, events, counterparts } = profile;
  const dyad = useApi<DyadResponse>(counterpart ? withParams(`/actors/${encodeURIComponent(id)}/dyad`, { with: counterpart }) : undefined);
  return (
    <>
      <h1>{summary.name}</h1>
      <p class="meta">{[summary.kind, summary.code, summary.country].filter(Boolean).join(' · ')} · {summary.documents} article{summary.documents === 1 ? '' : 's'} · {summary.events} event{summary.events === 1 ? '' : 's'}</p>
      {aliases.length > 0 && <><h2>Also called</h2><ul class="chips">{aliases.map((a) => <li key={a}>{a}</li>)}</ul></>}
      {roles.length > 0 && <><h2>Roles</h2><ul>{roles.map((r) => <li key={r.title}>{r.title}{r.country ? ` (${r.country})` : ''}</li>)}</ul></>}
      <div class="grid-2">
        <section aria-labelledby="dyad-h">
          <h2 id="dyad-h">Relation over time{counterpart ? ` with ${counterpart}` : ''}</h2>
          {!counterpart ? <Empty>No counterpart yet: this actor has no coded events with another actor.</Empty>
            : <Show value={dyad}>{(d) => (d.days.length === 0 ? <Empty>No dated events between {d.a} and {d.b}.</Empty> : <DyadChart dyad={d} />)}</Show>}
        </section>
        <section aria-labelledby="cp-h">
          <h2 id="cp-h">Counterparts</h2>
          {counterparts.length === 0 ? <Empty>No counterparts yet.</Empty> : (
            <ul class="hits">{counterparts.map((c) => (
              <li key={c.key}>
                <a href={withParams(`/actor/${encodeURIComponent(id)}`, { with: c.key })} aria-current={c.key === counterpart ? 'true' : undefined}>{c.key}</a>
                {' '}<span class="meta">{c.events} events · <span class="badge coop">✔ {c.cooperation} coop</span> <span class="badge conflict">✖ {c.conflict} conflict</span> · <a href={`/actor/${encodeURIComponent(c.key)}`}>profile</a></span>
              </li>
            ))}</ul>
          )}
        </section>
      </div>
      <section aria-labelledby="ev-h">
        <h2 id="ev-h">Events</h2>
        {events.length === 0 ? <Empty>No coded events for this actor.</Empty> : (
          <div class="table-scroll"><table>
            <thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Who → whom</th><th scope="col">Sentence</th></tr></thead>
            <tbody>{events.slice(0, 200).map((e) => (
              <tr key={`${e.documentId}-${e.id}`}>
                <td>{e.date ?? e.published?.slice(0, 10) ?? '—'}</td>
                <td>{e.code} {e.label} <span class={`badge ${e.quadClass <= 2 ? 'coop' : 'conflict'}`}>Q{e.quadClass}</span></td>
                <td><ActorName name={e.sourceName} code={e.sourceCode} /> → <ActorName name={e.targetName} code={e.targetCode} /></td>
                <td><a href={`/article/${e.documentId}`}>{e.sentenceText}</a></td>
              </tr>
            ))}</tbody>
          </table></div>
        )}
      </section>
    </>
  );
}
