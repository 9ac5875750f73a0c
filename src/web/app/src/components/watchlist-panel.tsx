import { useState } from 'preact/hooks';
import { apiFetch, toApiError, useApi } from '../api-client.ts';
import type { ApiError } from '../api-client.ts';
import { Empty, ErrorBox } from './status-views.tsx';

interface Watchlist {
  readonly id: string;
  readonly name: string;
  readonly query: Record<string, unknown>;
  readonly matches?: number;
}

/** Watchlists: a saved query that reports new matching articles on every ingest. */
export function WatchlistPanel() {
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | undefined>();
  const list = useApi<{ items: readonly Watchlist[] }>(`/watchlists?v=${version}`);
  const onCreate = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    try {
      setError(undefined);
      await apiFetch('/watchlists', { method: 'POST', body: { name: field('name'), text: field('text'), actors: field('actors')?.split(/\s*,\s*/), codes: field('codes')?.split(/\s*,\s*/) } });
      form.reset();
      setVersion(version + 1);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <section aria-labelledby="watch-h">
      <h2 id="watch-h">Watchlists</h2>
      {list.state === 'error' && list.error.status === 404 ? (
        <Empty>Watchlists are not available from this server yet. From the command line: <code>npx tidings watch add</code>.</Empty>
      ) : (
        <>
          <form class="panel filters" onSubmit={(e) => void onCreate(e)}>
            <label>Name<input name="name" required /></label>
            <label>Text<input name="text" placeholder="words to match" /></label>
            <label>Actors<input name="actors" placeholder="PRK, RUSGOV" /></label>
            <label>Event codes<input name="codes" placeholder="04, 190" /></label>
            <div><button type="submit">Create watchlist</button></div>
          </form>
          {error && <ErrorBox error={error} />}
          {list.state === 'error' && <ErrorBox error={list.error} />}
          {list.state === 'ready' && (list.data.items.length === 0 ? <Empty>No watchlists yet: create one above to be told about new matching articles.</Empty> : (
            <ul class="hits">{list.data.items.map((w) => (
              <li key={w.id}><a href={`/search?q=${encodeURIComponent(String(w.query['text'] ?? ''))}`}>{w.name}</a> <span class="meta">{w.matches ?? 0} matches</span></li>
            ))}</ul>
          ))}
        </>
      )}
    </section>
  );
}
