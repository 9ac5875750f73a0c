import { useState } from 'preact/hooks';
import type { Watch, WatchMatch } from '../../../../model/watch.ts';
import { apiFetch, toApiError, useApi } from '../api-client.ts';
import type { ApiError } from '../api-client.ts';
import { Empty, ErrorBox } from './status-views.tsx';

interface MatchList {
  readonly scanned: number;
  readonly items: readonly WatchMatch[];
}

function describeQuery({ query }: Watch): string {
  return [query.text && `text “${query.text}”`, query.actors?.length && `actors ${query.actors.join(', ')}`,
    query.eventCodes?.length && `codes ${query.eventCodes.join(', ')}`, query.places?.length && `places ${query.places.join(', ')}`,
    query.topics?.length && `topics ${query.topics.join(', ')}`].filter(Boolean).join(' · ');
}

/** Watchlists: a saved query that reports new matching articles on every ingest. */
export function WatchlistPanel() {
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | undefined>();
  const [open, setOpen] = useState<string | undefined>();
  const matches = useApi<MatchList>(open ? `/watchlists/${encodeURIComponent(open)}/matches` : undefined);
  const list = useApi<{ items: readonly Watch[] }>(`/watchlists?v=${version}`);
  const onCreate = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    try {
      setError(undefined);
      await apiFetch('/watchlists', { method: 'POST', body: { name: field('name'), text: field('text'), actors: field('actors')?.split(/\s*,\s*/), codes: field('codes')?.split(/\s*,\s*/), places: field('places')?.split(/\s*,\s*/) } });
      form.reset();
      setVersion(version + 1);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <section aria-labelledby="watch-h">
      <h2 id="watch-h">Watchlists</h2>
      {list.state === 'error' && list.error.code === 'internal' ? (
        <Empty>Watchlists are not available on this store: {list.error.message}</Empty>
      ) : (
        <>
          <form class="panel filters" onSubmit={(e) => void onCreate(e)}>
            <label>Name<input name="name" required /></label>
            <label>Text<input name="text" placeholder="words to match" /></label>
            <label>Actors<input name="actors" placeholder="PRK, RUSGOV" /></label>
            <label>Event codes<input name="codes" placeholder="04, 190" /></label>
            <label>Places<input name="places" placeholder="Kursk, UKR" /></label>
            <div><button type="submit">Create watchlist</button></div>
          </form>
          {error && <ErrorBox error={error} />}
          {list.state === 'error' && <ErrorBox error={list.error} />}
          {list.state === 'ready' && (list.data.items.length === 0 ? <Empty>No watchlists yet: create one above to be told about new matching articles.</Empty> : (
            <ul class="hits">{list.data.items.map((w) => (
              <li key={w.id}>
                <strong>{w.name}</strong> <span class="meta">{describeQuery(w)}</span>{' '}
                <button type="button" class="secondary" aria-expanded={open === w.id} onClick={() => setOpen(open === w.id ? undefined : w.id)}>Matches</button>
                {open === w.id && (matches.state === 'ready' ? (
                  matches.data.items.length === 0 ? <p class="muted">No matches among the {matches.data.scanned} latest articles.</p> : (
                    <ul>{matches.data.items.map((m) => <li key={m.documentId}><a href={`/article/${m.documentId}`}>{m.title}</a> <span class="meta">{m.reasons.join(', ')}</span></li>)}</ul>
                  )
                ) : matches.state === 'error' ? <ErrorBox error={matches.error} /> : <p class="muted" role="status">Finding matches…</p>)}
              </li>
            ))}</ul>
          ))}
        </>
      )}
    </section>
  );
}
