import { useApi } from '../api-client.ts';
import type { StoryArticleRef, StoryDetail } from '../api-types.ts';
import { ActorName } from '../components/actor-name.tsx';
import { Empty, Show } from '../components/status-views.tsx';

/** Story: articles by outlet with copies folded under their origin, the events timeline, and the facts table. */
export function StoryView({ id }: { id: string }) {
  const story = useApi<StoryDetail>(`/stories/${encodeURIComponent(id)}`);
  return <Show value={story}>{(s) => <StoryBody detail={s} />}</Show>;
}

function StoryBody({ detail }: { detail: StoryDetail }) {
  const { story, articles, events, facts, plainFacts } = detail;
  const originals = articles.filter((a) => !a.duplicateOf || !articles.some((o) => o.id === a.duplicateOf?.id));
  const byOutlet = new Map<string, StoryArticleRef[]>();
  for (const a of originals) byOutlet.set(a.source ?? 'Unknown outlet', [...(byOutlet.get(a.source ?? 'Unknown outlet') ?? []), a]);
  const copiesOf = (id: string) => articles.filter((a) => a.duplicateOf?.id === id);
  const timeline = [...events].sort((a, b) => (a.date ?? a.published ?? '').localeCompare(b.date ?? b.published ?? ''));
  return (
    <>
      <h1>{story.headline}</h1>
      <p class="meta">{story.articles} articles from {story.sources} sources · first seen {story.firstSeen.slice(0, 10)} · last seen {story.lastSeen.slice(0, 10)}</p>
      <div class="grid-2">
        <section aria-labelledby="outlets-h">
          <h2 id="outlets-h">Articles by outlet</h2>
          {[...byOutlet.entries()].map(([outlet, list]) => (
            <div key={outlet}>
              <h3>{outlet}</h3>
              <ul class="hits">{list.map((a) => (
                <li key={a.id}>
                  <a href={`/article/${a.id}`}>{a.title || '(untitled)'}</a> <span class="meta">{a.published?.slice(0, 10)}</span>
                  {copiesOf(a.id).length > 0 && (
                    <details class="folded">
                      <summary>{copiesOf(a.id).length} cop{copiesOf(a.id).length === 1 ? 'y' : 'ies'} or rewrite{copiesOf(a.id).length === 1 ? '' : 's'}</summary>
                      <ul>{copiesOf(a.id).map((c) => (
                        <li key={c.id}><a href={`/article/${c.id}`}>{c.title || '(untitled)'}</a> <span class="meta">{c.source} · {c.duplicateOf?.kind} · {Math.round((c.duplicateOf?.similarity ?? 0) * 100)}%</span></li>
                      ))}</ul>
                    </details>
                  )}
                </li>
              ))}</ul>
            </div>
          ))}
        </section>
        <section aria-labelledby="timeline-h">
          <h2 id="timeline-h">Timeline (by event date)</h2>
          {timeline.length === 0 ? <Empty>No coded events in this story yet.</Empty> : (
            <ol class="timeline">{timeline.map((e) => (
              <li key={`${e.documentId}-${e.id}`}>
                <strong>{e.date ?? e.published?.slice(0, 10) ?? 'undated'}</strong>{e.isDateFromPublication ? <span class="muted"> (publication date)</span> : null}
                <div><ActorName name={e.sourceName} code={e.sourceCode} /> → <ActorName name={e.targetName} code={e.targetCode} />: {e.label} <span class={`badge ${e.quadClass <= 2 ? 'coop' : 'conflict'}`}>Q{e.quadClass}</span></div>
                <div class="meta"><a href={`/article/${e.documentId}`}>{e.source ?? 'article'}</a></div>
              </li>
            ))}</ol>
          )}
        </section>
      </div>
      <section aria-labelledby="facts-h">
        <h2 id="facts-h">Facts</h2>
        {facts.length === 0 ? <Empty>No facts merged for this story yet.</Empty> : (
          <div class="table-scroll"><table>
            <thead><tr><th scope="col">Fact</th><th scope="col">Date</th><th scope="col">Independent sources</th><th scope="col">Supporting articles</th><th scope="col">Status</th></tr></thead>
            <tbody>{facts.map((f) => (
              <tr key={f.id}>
                <td>{f.summary}</td>
                <td>{f.date ?? '—'}</td>
                <td>{f.independentSources.length} <span class="muted">({f.independentSources.join(', ')})</span></td>
                <td>{f.supports.length}</td>
                <td>
                  {f.independentSources.length <= 1 && <span class="badge">⚠ single source</span>}{' '}
                  {f.contradictions.map((c, i) => (
                    <span key={i} class="badge conflict">✖ {c.field} disputed: {c.values.map((v) => `${v.value} (${v.documentIds.length})`).join(' vs ')}</span>
                  ))}
                  {f.independentSources.length > 1 && f.contradictions.length === 0 && <span class="badge coop">✔ corroborated</span>}
                </td>
              </tr>
            ))}</tbody>
          </table></div>
        )}
      </section>
      {plainFacts.length > 0 && (
        <section aria-labelledby="plain-h">
          <h2 id="plain-h">Plain facts</h2>
          <ul>{plainFacts.map((p, i) => <li key={i}>{p}</li>)}</ul>
        </section>
      )}
    </>
  );
}
