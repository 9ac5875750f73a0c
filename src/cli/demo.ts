import { defineCommand, runCommand } from 'citty';
import { fileURLToPath } from 'node:url';
import { debugArgs, resolveDbLocation, storeArgs } from './_shared.ts';
import { formatIngestSummary } from './format-ingest-summary.ts';
import { ingestInto } from './ingest.ts';
import { knowledgeArgs, knowledgeOptions } from './knowledge-args.ts';
import serve from './serve.ts';

/** The bundled sample corpus, beside src/ and dist/ in the package. */
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** `tidings demo` (what `npm start` runs): ingest the sample corpus, idempotently, then `serve` the same store. */
export default defineCommand({
  meta: { name: 'demo', description: 'Ingest the bundled sample articles into the store, then serve the UI and API' },
  args: {
    ...knowledgeArgs,
    ...storeArgs,
    ...debugArgs,
    port: { type: 'string', description: 'Port to listen on (default $PORT or 8080)', valueHint: 'number' },
    host: { type: 'string', description: 'Interface to listen on', default: '127.0.0.1' },
  },
  async run({ args, rawArgs }) {
    const location = resolveDbLocation(args.db);
    // Read before the ingest, so a bad $TIDINGS_EVENT_FILTER stops the demo before it stores anything.
    const knowledge = knowledgeOptions(rawArgs);
    if (location === ':memory:') process.stderr.write('tidings: note: with --db :memory: the server starts empty; use a file to keep the samples.\n');
    const summary = await ingestInto(SAMPLES, location, 1, knowledge);
    process.stderr.write(`tidings: sample corpus: ${formatIngestSummary(summary)}`);
    const port = args.port ?? process.env['PORT'] ?? '8080';
    // serve reads the same knowledge flags (or variables) from the demo's own arguments; citty keeps the last of a
    // repeated flag, so the store and port resolved here win.
    await runCommand(serve, { rawArgs: [...rawArgs, '--db', location, '--port', port, '--host', args.host] });
  },
});
