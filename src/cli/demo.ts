import { defineCommand } from 'citty';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../pipeline/analyzer.ts';
import { debugArgs, resolveDbLocation, storeArgs } from './_shared.ts';
import { formatIngestSummary } from './format-ingest-summary.ts';
import { ingestInto } from './ingest.ts';
import { knowledgeArgs, knowledgeOptions } from './knowledge-args.ts';
import { portFromFlagOrEnv } from './parse-port.ts';
import { serveStore } from './serve.ts';

/** The bundled sample corpus, beside src/ and dist/ in the package. */
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** `tidings demo` (what `npm start` runs): ingest the sample corpus, idempotently, then serve the same store. */
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
    // Read before the ingest, so a bad $TIDINGS_EVENT_FILTER or port stops the demo before it stores anything.
    const knowledge = knowledgeOptions(rawArgs);
    const port = portFromFlagOrEnv(args.port);
    if (location === ':memory:') process.stderr.write('tidings: note: with --db :memory: the server starts empty; use a file to keep the samples.\n');
    // One analyzer ingests and serves: the knowledge files and learned models load once.
    const analyzer = await createAnalyzer(knowledge);
    const summary = await ingestInto(SAMPLES, location, { analyzer });
    process.stderr.write(`tidings: sample corpus: ${formatIngestSummary(summary)}`);
    await serveStore(location, analyzer, port, args.host);
  },
});
