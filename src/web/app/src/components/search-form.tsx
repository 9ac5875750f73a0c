import { navigate, withParams } from '../router.ts';

export const FILTER_KEYS = ['q', 'since', 'until', 'topic', 'actor', 'place', 'quadClass', 'source'] as const;

const QUAD_CLASSES = [
  ['', 'Any'],
  ['1', '1 · verbal cooperation'],
  ['2', '2 · material cooperation'],
  ['3', '3 · verbal conflict'],
  ['4', '4 · material conflict'],
] as const;

/** The filters every list view shares; submitting writes them into the URL, so the view is bookmarkable. */
export function SearchForm({ params, action, fields = FILTER_KEYS }: { params: URLSearchParams; action: string; fields?: readonly string[] }) {
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const values = Object.fromEntries(FILTER_KEYS.map((key) => [key, String(data.get(key) ?? '').trim() || undefined]));
    navigate(withParams(action, values));
  };
  const value = (key: string) => params.get(key) ?? '';
  const has = (key: string) => fields.includes(key);
  return (
    // The fields start from the URL's filters, then belong to the user: a bound `value` was set again each time the view
    // re-rendered as its results arrived, wiping words typed before they came. A new URL (Apply, Clear, back) gets new fields.
    <form key={params.toString()} class="filters panel" role="search" action={action} method="get" onSubmit={onSubmit}>
      {has('q') && <label class="wide">Search text<input type="search" name="q" defaultValue={value('q')} placeholder="e.g. ceasefire talks" /></label>}
      {has('since') && <label>From<input type="date" name="since" defaultValue={value('since')} /></label>}
      {has('until') && <label>To<input type="date" name="until" defaultValue={value('until')} /></label>}
      {has('topic') && <label>Topic<input name="topic" defaultValue={value('topic')} placeholder="war-and-conflicts" /></label>}
      {has('actor') && <label>Actor<input name="actor" defaultValue={value('actor')} placeholder="name or code" /></label>}
      {has('place') && <label>Place<input name="place" defaultValue={value('place')} /></label>}
      {has('quadClass') && (
        <label>Event class
          <select name="quadClass">
            {QUAD_CLASSES.map(([v, label]) => <option key={v} value={v} selected={v === value('quadClass')}>{label}</option>)}
          </select>
        </label>
      )}
      {has('source') && <label>Source<input name="source" defaultValue={value('source')} /></label>}
      <div><button type="submit">Apply</button> <a href={action}>Clear</a></div>
    </form>
  );
}

/** The current filters as API query parameters. */
export function filtersOf(params: URLSearchParams, keys: readonly string[] = FILTER_KEYS): Record<string, string | undefined> {
  return Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined]));
}
