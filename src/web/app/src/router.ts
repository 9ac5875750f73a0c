import { useEffect, useState } from 'preact/hooks';

/** The current location as the views see it: a path and its query parameters (the bookmarkable state). */
export interface Location {
  readonly path: string;
  readonly params: URLSearchParams;
}

const current = (): Location => ({ path: window.location.pathname, params: new URLSearchParams(window.location.search) });

/** Moves to a new in-app URL without reloading; views re-render from the URL, so every state is shareable. */
export function navigate(href: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event('tidings:navigate'));
}

/** Subscribes a component to location changes (links, back/forward). */
export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener('popstate', update);
    window.addEventListener('tidings:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('tidings:navigate', update);
    };
  }, []);
  return location;
}

/** Intercepts clicks on same-origin links so navigation stays in the app (modified clicks still open new tabs). */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest('a');
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}

/** Builds a query string from filters, dropping empty values so URLs stay short. */
export function withParams(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
