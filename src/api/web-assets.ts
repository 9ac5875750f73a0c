import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where the built UI lives: `dist/web` beside the compiled module, or the project's `dist/web` when run from source. */
export function defaultWebRoot(): string | undefined {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return [resolve(here, '../web'), resolve(here, '../../dist/web')].find((dir) => existsSync(join(dir, 'index.html')));
}

/** Serves the built single-page app; unknown non-API paths get index.html so bookmarked views load. */
export function mountWebAssets(app: Hono, webRoot: string | undefined): void {
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    if (!webRoot) {
      return c.text('The web UI is not built. Run `npm run build:web` (or `npm ci`), then restart `tidings serve`.', 503);
    }
    const rel = normalize(safeDecode(c.req.path)).replace(/^([/\\])+/, '');
    const file = resolve(webRoot, rel);
    const isInside = file.startsWith(webRoot + sep);
    const isFile = isInside && extname(file) !== '' && (await stat(file).catch(() => undefined))?.isFile();
    const path = isFile ? file : join(webRoot, 'index.html');
    const body = await readFile(path);
    const immutable = isFile && rel.startsWith('assets/');
    return c.body(body, 200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '/';
  }
}
