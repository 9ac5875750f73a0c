#!/usr/bin/env node
// Runs the compiled CLI; `npm ci` builds dist/ through the `prepare` script.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('tidings: the compiled CLI is missing (dist/cli/main.js).\n  Run `npm run build` (or `npm ci`) in the project folder first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
await main();
