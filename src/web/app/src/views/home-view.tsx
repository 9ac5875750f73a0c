import { useApi } from '../api-client.ts';
import type { SearchResponse, StoreStats, StorySummary } from '../api-types.ts';
import { filtersOf, SearchForm } from '../components/search-form.tsx';
import { Empty, Show } from '../components/status-views.tsx';
import { withParams } from '../router.ts';

const PAGE = 20;

/** Home: search with every filter in the URL, result counts, and the latest stories. */
export function HomeView({ params }: { params: URLSearchParams }) {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const results = useApi<SearchResponse>(withParams('/search', { ...filtersOf(params), limit: PAGE, offset }));
  const stats = useApi<StoreStats>('/stats');
  const stories = useApi<{ items: readonly StorySummary[] }>('/stories?limit=8');
  return (
    <>
      <h1>Search the news</h1>
      <SearchForm params={params} action="/search" />
      <div class="grid-2">
        <section aria-labelledby="results-h">
          <h2 id="results-h">Articles</h2>
          <Show value={results}>{(data) => <Results data={data} params={params} offset={offset} />}</Show>
        </section>
        <aside>
          <section aria-labelledby="stories-h">
            <h2 id="stories-h">Latest stories</h2>
            {stories.state === 'error' ? (
              <Empty>No stories yet — ingest some articles on the <a href="/ingest">Ingest</a> page or with <code>npx tidings ingest feed.xml</code>; related articles are grouped into stories as they arrive.</Empty>
            ) : (
              <Show value={stories}>{(data) => <StoryList items={data.items} />}</Show>
            )}
          </section>
          <section aria-labelledby="stats-h">
            <h2 id="stats-h">In the store</h2>
            <Show value={stats}>{(s) => (
              <ul class="chips">
                <li>{s.articles} articles</li><li>{s.sources} sources</li><li>{s.actors} actors</li>
                <li>{s.events} events</li><li>{s.stories} stories</li><li>{s.duplicates} duplicates</li>
              </ul>
            )}</Show>
          </section>
        </aside>
      </div>
    </>
  );
}

function Results({ data, params, offset }: { data: SearchResponse; params: URLSearchParams; offset: number }) {
  if (data.total === 0) {
    const isFiltered = [...params.keys()].length > 0;
    return isFiltered
      ? <Empty>No articles match these filters. Try fewer filters or another word — or <a href="/">clear them</a>.</Empty>
      : <Empty>No articles yet. Paste one on the <a href="/ingest">Ingest</a> page, or run <code>npx tidings ingest &lt;feed|file|dir&gt;</code>.</Empty>;
  }
  const page = (to: number) => withParams('/search', { ...Object.fromEntries(params), offset: to || undefined });
  return (
    <>
      <p role="status">{data.total}{data.isTotalCapped ? '+' : ''} article{data.total === 1 ? '' : 's'} · showing {offset + 1}–{offset + data.hits.length}</p>
      <ul class="hits">
        {data.hits.map((hit) => (
          <li key={hit.id}>
            <a href={`/article/${hit.id}`}><strong>{hit.title || '(untitled)'}</strong></a>
            <div class="meta">{[hit.source, hit.published?.slice(0, 10)].filter(Boolean).join(' · ')}</div>
            {hit.snippet && <div>{hit.snippet}</div>}
          </li>
        ))}
      </ul>
      <nav aria-label="Result pages" class="meta">
        {offset > 0 && <a href={page(Math.max(0, offset - PAGE))}>← Newer</a>}{' '}
        {offset + data.hits.length < data.total && <a href={page(offset + PAGE)}>Older →</a>}
      </nav>
    </>
  );
}

function StoryList({ items }: { items: readonly StorySummary[] }) {
  if (items.length === 0) return <Empty>No stories yet — ingest some articles on the <a href="/ingest">Ingest</a> page.</Empty>;
  return (
    <ul class="hits">
      {items.map((s) => (
        <li key={s.id}>
          <a href={`/story/${s.id}`}>{s.headline}</a>
          <div class="meta">{s.articles} articles · {s.sources} sources · {s.lastSeen.slice(0, 10)}</div>
        </li>
      ))}
    </ul>
  );
}
