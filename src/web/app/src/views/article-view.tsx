import { useMemo, useState } from 'preact/hooks';
import type { AnalyzedDocument } from '../../../../model/document.ts';
import type { Actor } from '../../../../model/actor.ts';
import type { MarkKind } from '../annotation-marks.ts';
import { collectMarks, layoutMarks, MARK_KINDS } from '../annotation-marks.ts';
import { useApi } from '../api-client.ts';
import type { DocumentRelations } from '../api-types.ts';
import { ActorName } from '../components/actor-name.tsx';
import { HighlightedText } from '../components/highlighted-text.tsx';
import { RegisterProfile } from '../components/register-profile.tsx';
import { Empty, Show } from '../components/status-views.tsx';

/** Article: the original text with every annotation highlighted and explained, its register, story and duplicates. */
export function ArticleView({ id }: { id: string }) {
  const doc = useApi<AnalyzedDocument>(`/documents/${encodeURIComponent(id)}`);
  return <Show value={doc}>{(d) => <ArticleBody doc={d} />}</Show>;
}

/** The analysed article itself; also shows a freshly analysed, unsaved document on the Ingest page. */
export function ArticleBody({ doc }: { doc: AnalyzedDocument }) {
  const relations = useApi<DocumentRelations>(`/documents/${encodeURIComponent(doc.id)}/relations`);
  const [hidden, setHidden] = useState<ReadonlySet<MarkKind>>(new Set());
  const [selected, setSelected] = useState<string | undefined>();
  const all = useMemo(() => collectMarks(doc), [doc]);
  const shown = useMemo(() => layoutMarks(all.filter((m) => !hidden.has(m.kind))), [all, hidden]);
  const current = all.find((m) => m.id === selected);
  const toggle = (kind: MarkKind) => {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setHidden(next);
  };
  const { meta } = doc;
  return (
    <>
      <h1>{meta.title ?? '(untitled article)'}</h1>
      <p class="meta">
        {[meta.source, meta.published?.slice(0, 10)].filter(Boolean).join(' · ')}
        {doc.dateline?.agency && doc.dateline.agency.toLowerCase() !== meta.source?.toLowerCase() && <> · wire copy from {doc.dateline.agency}</>}
        {meta.url && <> · <a href={meta.url} rel="noopener noreferrer nofollow" target="_blank">original</a></>}
      </p>
      {relations.state === 'ready' && <Relations rel={relations.data} />}
      <div class="grid-2">
        <section aria-labelledby="text-h">
          <h2 id="text-h">Text</h2>
          <fieldset class="panel">
            <legend>Highlight</legend>
            <ul class="legend">
              {MARK_KINDS.map(({ kind, label, cue }) => (
                <li key={kind}>
                  <label>
                    <input type="checkbox" checked={!hidden.has(kind)} onChange={() => toggle(kind)} />
                    <span class={`mark mark-${kind}`}>{label}</span>
                    <span class="muted">({cue}, {all.filter((m) => m.kind === kind).length})</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <p class="muted">Select a highlight (click, or Tab to it) to see what it resolved to.</p>
          <HighlightedText text={doc.text} marks={shown} selected={selected} onSelect={setSelected} />
        </section>
        <aside>
          <div class={`panel detail sticky${current ? ' has-selection' : ''}`} aria-live="polite" aria-labelledby="detail-h">
            <h2 id="detail-h">{current ? current.label : 'Details'}</h2>
            {current && <button type="button" class="secondary close-detail" onClick={() => setSelected(undefined)}>Close details</button>}
            {current ? (
              <dl>{current.details.map(([k, v]) => <><dt key={`${k}-t`}>{k}</dt><dd key={`${k}-d`}>{v}</dd></>)}</dl>
            ) : <p class="muted">Nothing selected.</p>}
          </div>
          {doc.topics.length > 0 && (
            <section aria-labelledby="topics-h">
              <h2 id="topics-h">Topics</h2>
              <ul class="chips">{doc.topics.map((t) => <li key={t.slug}><a href={`/search?topic=${encodeURIComponent(t.slug)}`}>{t.slug}</a> {t.score.toFixed(2)}</li>)}</ul>
            </section>
          )}
          <RegisterProfile doc={doc} />
        </aside>
      </div>
      <EventsTable doc={doc} />
      {doc.diagnostics.length > 0 && (
        <details>
          <summary>{doc.diagnostics.length} diagnostic{doc.diagnostics.length === 1 ? '' : 's'}</summary>
          <ul>{doc.diagnostics.map((d, i) => <li key={i}><span class="badge">{d.severity}</span> <code>{d.code}</code> {d.message}</li>)}</ul>
        </details>
      )}
    </>
  );
}

function Relations({ rel }: { rel: DocumentRelations }) {
  if (!rel.storyId && rel.duplicates.length === 0) return null;
  return (
    <p>
      {rel.storyId && <a href={`/story/${rel.storyId}`}>Open its story</a>}
      {rel.duplicates.length > 0 && <> · Related copies: {rel.duplicates.map((d, i) => (
        <span key={d.id}>{i > 0 && ', '}<a href={`/article/${d.id}`}>{d.title ?? d.id}</a> <span class="muted">({d.isOriginal ? 'original' : d.kind}, {Math.round(d.similarity * 100)}%)</span></span>
      ))}</>}
    </p>
  );
}

function EventsTable({ doc }: { doc: AnalyzedDocument }) {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  return (
    <section aria-labelledby="events-h">
      <h2 id="events-h">Events</h2>
      {doc.events.length === 0 ? (
        <Empty>No coded events in this article: no sentence matched an event pattern. Entities, dates and claims are still highlighted above.</Empty>
      ) : (
        <div class="table-scroll"><table>
          <thead><tr><th scope="col">Code</th><th scope="col">Who</th><th scope="col">Whom</th><th scope="col">When</th><th scope="col">Class</th><th scope="col">Sentence</th></tr></thead>
          <tbody>{doc.events.map((e) => (
            <tr key={e.id}>
              <td>{e.code} {e.label}</td>
              <td><EventActor doc={doc} actors={actors} id={e.sourceActorId} code={e.sourceCode} /></td>
              <td><EventActor doc={doc} actors={actors} id={e.targetActorId} code={e.targetCode} /></td>
              <td>{e.date ?? '—'}</td>
              <td><span class={`badge ${e.quadClass <= 2 ? 'coop' : 'conflict'}`}>{e.quadClass <= 2 ? 'cooperation' : 'conflict'} {e.quadClass}</span></td>
              <td>{doc.text.slice(e.sentence.start, e.sentence.end)}</td>
            </tr>
          ))}</tbody>
        </table></div>
      )}
    </section>
  );
}

/** An event's actor by the name the article gives it, linked by its code when it has one. */
function EventActor({ doc, actors, id, code }: { doc: AnalyzedDocument; actors: ReadonlyMap<string, Actor>; id: string | undefined; code: string | undefined }) {
  const name = (id ? actors.get(id)?.name : undefined) ?? (code ? doc.actors.find((a) => a.code === code)?.name : undefined);
  if (code) return <ActorName name={name} code={code} />;
  return <>{name ?? '—'}</>;
}
