import { defineCommand } from 'citty';
import { startServer } from '../api/start-server.ts';
import { InputError } from '../model/errors.ts';
import { createAnalyzer } from '../pipeline/analyzer.ts';
import { openStore } from '../storage/open-store.ts';
import { debugArgs, resolveDbLocation, storeArgs } from './_shared.ts';
import { knowledgeArgs, knowledgeOptions } from './knowledge-args.ts';

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
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new InputError(`Expected a port number between 0 and 65535 for \`--port\`, got \`${args.port}\`.`, 'Try `--port 8080`.');
    }
    const store = await openStore(resolveDbLocation(args.db));
    const analyzer = await createAnalyzer(knowledgeOptions(rawArgs));
    const server = await startServer({ store, analyzer, port, host: args.host });
    process.stderr.write(`tidings: serving ${server.url} (API at ${server.url}/api, store ${store.kind})\n`);
    const stop = async () => {
      await server.close();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  },
});
