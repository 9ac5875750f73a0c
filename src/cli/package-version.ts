import { readFileSync } from 'node:fs';

/**
 * The installed tidings version, read from package.json beside `src/` or `dist/` (both sit two levels below it), so
 * `tidings --version` always matches what npm installed.
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
