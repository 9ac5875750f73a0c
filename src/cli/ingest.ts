import { defineCommand } from 'citty';
import { InputError } from '../model/errors.ts';
import { createAnalyzer } from '../pipeline/analyzer.ts';
import { ingestArticles, type IngestSummary } from '../service/ingest-articles.ts';
import { openStore } from '../storage/open-store.ts';
import { debugArgs, jsonArgs, resolveDbLocation, storeArgs } from './_shared.ts';
import { formatIngestSummary, progressReporter } from './format-ingest-summary.ts';

/** `tidings ingest`: read a feed, page, folder, JSONL file, URL or stdin; analyse and store every article once. */
export default defineCommand({
  meta: { name: 'ingest', description: 'Analyse and store articles from a feed, page, folder, JSONL file, URL or - (stdin)' },
  args: {
    input: { type: 'positional', required: false, description: 'Feed, HTML page, folder, .jsonl file, URL, or -', valueHint: 'source' },
    ...storeArgs,
    ...jsonArgs,
    ...debugArgs,
  },
  async run({ args }) {
    if (!args.input) {
      throw new InputError('Nothing to ingest: pass a feed, page, folder, JSONL file, URL, or `-` for stdin.', 'Example: tidings ingest samples/');
    }
    const summary = await ingestInto(args.input, resolveDbLocation(args.db));
    process.stdout.write(args.json ? `${JSON.stringify(summary)}\n` : formatIngestSummary(summary));
    if (summary.failed.length > 0) process.exitCode = 1;
  },
});

/** Opens the store, ingests one source with progress on stderr, and always closes the store. */
export async function ingestInto(input: string, location: string): Promise<IngestSummary> {
  const store = await openStore(location);
  try {
    const analyzer = await createAnalyzer();
    const progress = progressReporter();
    try {
      return await ingestArticles(input, { store, analyzer, onProgress: progress.update });
    } finally {
      progress.done();
    }
  } finally {
    await store.close();
  }
}
