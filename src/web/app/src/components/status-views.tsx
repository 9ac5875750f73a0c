import type { ComponentChildren } from 'preact';
import type { ApiError, Loadable } from '../api-client.ts';

/** An API failure as a readable message with what to try next — never a blank page. */
export function ErrorBox({ error }: { error: ApiError }) {
  return (
    <div class="error-box" role="alert">
      <strong>Something went wrong.</strong> {error.message}
      {error.status === 0 && error.code === 'network' ? null : <p class="muted">Reload the page to retry; if it keeps failing, check the server log.</p>}
    </div>
  );
}

/** An empty state that says what to do next. */
export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="empty">{children}</div>;
}

/** Renders a Loadable: a polite loading line, the error box, or the content. */
export function Show<T>({ value, children }: { value: Loadable<T>; children: (data: T) => ComponentChildren }) {
  if (value.state === 'loading') return <p class="muted" role="status">Loading…</p>;
  if (value.state === 'error') return <ErrorBox error={value.error} />;
  return <>{children(value.data)}</>;
}
