import { defineCommand } from 'citty';
import { startServer } from '../api/start-server.ts';
import { createAnalyzer, type Analyzer } from '../pipeline/analyzer.ts';
import { openStore } from '../storage/open-store.ts';
import { debugArgs, resolveDbLocation, storeArgs } from './_shared.ts';
import { knowledgeArgs, knowledgeOptions } from './knowledge-args.ts';
import { parsePort } from './parse-port.ts';

/** `tidings serve`: the HTTP API and the analyst's web UI over one store. */
export default defineCommand({
  meta: { name: 'serve', description: 'Serve the HTTP API (/api) and the web UI (/) over a store' },
  args: {
    ...knowledgeArgs,
    ...storeArgs,
    ...debugArgs,
    port: { type: 'string', description: 'Port to listen on (0 picks a free one)', default: '8080', valueHint: 'number' },
    host: { type: 'string', description: 'Interface to listen on (default 127.0.0.1: this machine only)', default: '127.0.0.1' },
  },
  async run({ args, rawArgs }) {
    const port = parsePort(args.port);
    const analyzer = await createAnalyzer(knowledgeOptions(rawArgs));
    await serveStore(resolveDbLocation(args.db), analyzer, port, args.host);
  },
});

/**
 * Serves the store at `location` with `analyzer` until SIGINT or SIGTERM: `serve`, and `demo` with the analyzer it
 * ingested the samples with, so its models load (and its notes print) once.
 */
export async function serveStore(location: string, analyzer: Analyzer, port: number, host: string): Promise<void> {
  const store = await openStore(location);
  const server = await startServer({ store, analyzer, port, host });
  process.stderr.write(`tidings: serving ${server.url} (API at ${server.url}/api, store ${store.kind})\n`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
