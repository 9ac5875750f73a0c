import { defineCommand } from 'citty';
import { availableParallelism } from 'node:os';
import { parseIsoDateFlag } from '../ingest/parse-published.ts';
import { readSource } from '../ingest/read-source.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import { withDefaultMeta, type DefaultMeta } from '../ingest/with-default-meta.ts';
import { InputError } from '../model/errors.ts';
import { createAnalyzer, type Analyzer } from '../pipeline/analyzer.ts';
import type { AnalyzerOptions } from '../pipeline/stage.ts';
import { createAnalyzePool } from '../service/analyze-pool.ts';
import { ingestArticles, type IngestSummary } from '../service/ingest-articles.ts';
import { openStore } from '../storage/open-store.ts';
import { debugArgs, jsonArgs, resolveDbLocation, storeArgs } from './_shared.ts';
import { knowledgeArgs, knowledgeOptions } from './knowledge-args.ts';
import { formatIngestSummary, progressReporter } from './format-ingest-summary.ts';

/** `tidings ingest`: read a feed, page, folder, JSONL file, URL or stdin; analyse and store every article once. */
export default defineCommand({
  meta: { name: 'ingest', description: 'Analyse and store articles from a feed, page, folder, JSONL file, URL or - (stdin)' },
  args: {
    input: { type: 'positional', required: false, description: 'Feeds, HTML pages, folders, .jsonl files, URLs, or -', valueHint: 'source...' },
    threads: { type: 'string', description: 'Analysis threads: 1 analyses here, 0 uses one per core (worth it for large inputs)', default: '1', valueHint: 'n' },
    published: { type: 'string', description: 'Publication date (ISO) for articles whose source states none', valueHint: 'date' },
    source: { type: 'string', description: 'Source name for articles whose source states none', valueHint: 'name' },
    topics: { type: 'string', description: 'Custom topic model saved by `tidings topics train --name <name>` (default: built-in taxonomy)', valueHint: 'name' },
    ...knowledgeArgs,
    ...storeArgs,
    ...jsonArgs,
    ...debugArgs,
  },
  async run({ args, rawArgs }) {
    if (!args.input) {
      throw new InputError('Nothing to ingest: pass a feed, page, folder, JSONL file, URL, or `-` for stdin.', 'Example: tidings ingest samples/');
    }
    const threads = Number(args.threads);
    if (!Number.isInteger(threads) || threads < 0 || threads > 64) {
      throw new InputError(`Expected a whole number from 0 to 64 for \`--threads\`, got \`${args.threads}\`.`, 'Use 0 for one thread per core.');
    }
    const defaults: DefaultMeta = {
      ...(args.published !== undefined ? { published: parseIsoDateFlag(args.published, '--published') } : {}),
      ...(args.source !== undefined ? { source: args.source } : {}),
    };
    const positional = (args as unknown as { _?: string[] })._ ?? [];
    const inputs = positional.length > 0 ? positional : [args.input];
    if (inputs.filter((input) => input === '-').length > 1) throw new InputError('stdin (`-`) can be read only once.', 'Pass `-` a single time.');
    const summary = await ingestInto(inputs, resolveDbLocation(args.db), { threads, options: { ...(args.topics ? { topics: args.topics } : {}), ...knowledgeOptions(rawArgs) } }, defaults);
    process.stdout.write(args.json ? `${JSON.stringify(summary)}\n` : formatIngestSummary(summary));
    if (summary.failed.length > 0) process.exitCode = 1;
  },
});

/**
 * How `ingestInto` analyses: with an analyzer built from `options` (a pool of `threads` of them unless 1; 0 is one per
 * core), or with one the caller built and goes on using (`demo` serves with it).
 */
export type IngestAnalysis = { readonly threads: number; readonly options: AnalyzerOptions } | { readonly analyzer: Analyzer };

/** Opens the store, ingests the sources in turn with progress on stderr, and always closes the store (and the pool, if any). */
export async function ingestInto(inputs: string | readonly string[], location: string, analysis: IngestAnalysis, defaults: DefaultMeta = {}): Promise<IngestSummary> {
  const store = await openStore(location);
  const pool = 'threads' in analysis && analysis.threads !== 1 ? createAnalyzePool(analysis.options, analysis.threads === 0 ? availableParallelism() : analysis.threads) : undefined;
  const progress = progressReporter();
  try {
    await pool?.ready();
    const analyzeWith = pool ? { pool } : { analyzer: 'analyzer' in analysis ? analysis.analyzer : await createAnalyzer(analysis.options) };
    return await ingestArticles(withDefaultMeta(readSources(typeof inputs === 'string' ? [inputs] : inputs), defaults), { store, ...analyzeWith, onProgress: progress.update });
  } finally {
    progress.done();
    await pool?.close();
    await store.close();
  }
}

/** Every item of several sources, one source after another (`tidings ingest a.txt b.txt feeds/`). */
async function* readSources(inputs: readonly string[]): AsyncGenerator<SourceItem> {
  for (const input of inputs) yield* readSource(input);
}
