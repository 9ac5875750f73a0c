import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const LINKS = [
  ['/', 'Search'],
  ['/map', 'Map'],
  ['/network', 'Network'],
  ['/ingest', 'Ingest'],
] as const;

/** The frame of every view: skip link, navigation, and a main region that takes focus when the view changes. */
export function PageLayout({ path, title, children }: { path: string; title: string; children: ComponentChildren }) {
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${title} · tidings`;
  }, [title]);
  useEffect(() => {
    // Moving focus to the new view tells keyboard and screen-reader users that the page changed.
    if (document.activeElement && document.activeElement !== document.body) mainRef.current?.focus({ preventScroll: true });
  }, [path]);
  const isActive = (href: string) => (href === '/' ? path === '/' || path === '/search' : path.startsWith(href));
  return (
    <>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href="/">tidings</a>
        <nav class="main" aria-label="Main">
          <ul>
            {LINKS.map(([href, label]) => (
              <li key={href}><a href={href} aria-current={isActive(href) ? 'page' : undefined}>{label}</a></li>
            ))}
            <li><a href="/api/openapi.json">API</a></li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>{children}</main>
    </>
  );
}
