import { useState } from 'preact/hooks';
import type { AnalyzedDocument } from '../../../../model/document.ts';
import { apiFetch, toApiError } from '../api-client.ts';
import type { ApiError } from '../api-client.ts';
import { ErrorBox } from '../components/status-views.tsx';
import { WatchlistPanel } from '../components/watchlist-panel.tsx';
import { ArticleBody } from './article-view.tsx';

interface IngestSummary {
  readonly read: number;
  readonly new: number;
  readonly duplicate: number;
  readonly failed: readonly { item: string; reason: string }[];
  readonly ids: readonly string[];
}

type Outcome = { kind: 'doc'; doc: AnalyzedDocument; storedId?: string } | { kind: 'batch'; summary: IngestSummary } | { kind: 'error'; error: ApiError };

/** Ingest: paste text or a URL, or upload a file or feed, and see it analysed; plus watchlists. */
export function IngestView() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ kind: 'error', error: toApiError(error) });
    } finally {
      setBusy(false);
    }
  };
  const onPaste = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    const store = (event.submitter as HTMLButtonElement | null)?.value === 'store';
    const body = { text: String(form.get('text') ?? ''), title: field('title'), source: field('source'), published: field('published'), store };
    void run(async () => {
      const res = await apiFetch<{ document: AnalyzedDocument; stored?: { id: string } }>('/analyze', { method: 'POST', body });
      return { kind: 'doc', doc: res.document, ...(res.stored ? { storedId: res.stored.id } : {}) };
    });
  };
  const onUrl = (event: SubmitEvent) => {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget as HTMLFormElement).get('url') ?? '').trim();
    void run(async () => ({ kind: 'batch', summary: await apiFetch<IngestSummary>('/ingest/url', { method: 'POST', body: { url } }) }));
  };
  const onFile = (event: SubmitEvent) => {
    event.preventDefault();
    const file = (new FormData(event.currentTarget as HTMLFormElement).get('file') as File | null);
    if (!file || file.size === 0) return setOutcome({ kind: 'error', error: toApiError(new Error('Choose a file first: a feed (.xml, .rss, .atom, .json), a page (.html), text (.txt) or JSON Lines (.jsonl).')) });
    void run(async () => ({ kind: 'batch', summary: await apiFetch<IngestSummary>('/ingest/content', { method: 'POST', body: { name: file.name, content: await file.text() } }) }));
  };
  return (
    <>
      <h1>Ingest</h1>
      <div class="grid-2">
        <form class="panel filters" onSubmit={onPaste} aria-labelledby="paste-h">
          <h2 id="paste-h" class="wide">Paste an article</h2>
          <label class="wide">Text<textarea name="text" required placeholder="Paste the article text here" /></label>
          <label>Title<input name="title" /></label>
          <label>Source<input name="source" placeholder="outlet name" /></label>
          <label>Published<input type="date" name="published" /></label>
          <div class="wide">
            <button type="submit" name="action" value="analyze" disabled={busy}>Analyse</button>{' '}
            <button type="submit" name="action" value="store" class="secondary" disabled={busy}>Analyse and store</button>
          </div>
        </form>
        <div>
          <form class="panel" onSubmit={onUrl} aria-labelledby="url-h">
            <h2 id="url-h">Fetch a page or feed by URL</h2>
            <label>URL<input type="url" name="url" required placeholder="https://example.org/news/feed.xml" /></label>
            <p><button type="submit" disabled={busy}>Fetch and store</button></p>
          </form>
          <form class="panel" onSubmit={onFile} aria-labelledby="file-h">
            <h2 id="file-h">Upload a file or feed</h2>
            <label>File<input type="file" name="file" accept=".xml,.rss,.atom,.json,.html,.htm,.txt,.jsonl" /></label>
            <p><button type="submit" disabled={busy}>Upload and store</button></p>
          </form>
        </div>
      </div>
      <div class="status" role="status" aria-live="polite">{busy ? 'Analysing…' : outcome?.kind === 'doc' ? 'Analysed.' : ''}</div>
      {outcome?.kind === 'error' && <ErrorBox error={outcome.error} />}
      {outcome?.kind === 'batch' && <BatchSummary summary={outcome.summary} />}
      {outcome?.kind === 'doc' && (
        <section aria-label="Analysis result" class="result">
          {outcome.storedId ? <p>Stored. <a href={`/article/${outcome.storedId}`}>Open it as an article</a>.</p> : <p class="muted">Not stored: use “Analyse and store” to keep it.</p>}
          <ArticleBody doc={outcome.doc} />
        </section>
      )}
      <WatchlistPanel />
    </>
  );
}

function BatchSummary({ summary }: { summary: IngestSummary }) {
  return (
    <section aria-labelledby="batch-h">
      <h2 id="batch-h">Read {summary.read}: {summary.new} new, {summary.duplicate} already stored, {summary.failed.length} failed</h2>
      {summary.ids.length > 0 && <ul>{summary.ids.map((id, i) => <li key={id}><a href={`/article/${id}`}>Article {i + 1}</a></li>)}</ul>}
      {summary.failed.length > 0 && <ul>{summary.failed.map((f) => <li key={f.item}>{f.item}: {f.reason}</li>)}</ul>}
    </section>
  );
}
