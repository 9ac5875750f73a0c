import { defineCommand } from 'citty';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../model/errors.ts';
import { createAnalyzer } from '../pipeline/analyzer.ts';
import { parseIsoDateFlag } from '../ingest/parse-published.ts';
import type { RawArticle } from '../ingest/raw-article.ts';
import { readJsonlLines, readSource } from '../ingest/read-source.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import { analyzeInOrder } from '../service/analyze-in-order.ts';
import type { AnalyzerOptions } from '../pipeline/stage.ts';
import { createAnalyzePool } from '../service/analyze-pool.ts';
import { analyzeRawArticle } from '../service/analyze-raw-article.ts';
import { debugArgs, jsonArgs } from './_shared.ts';
import { knowledgeArgs, knowledgeOptions } from './knowledge-args.ts';
import { formatDocumentSummary } from './format-document-summary.ts';
import { writeStdout } from './write-stdout.ts';

/** `tidings analyze`: one article (text, HTML page, feed item) to a summary or JSON, or a JSONL stream on every core. */
export default defineCommand({
  meta: { name: 'analyze', description: 'Analyse one article (file, URL or - for stdin), or a JSONL stream with --jsonl' },
  args: {
    input: { type: 'positional', required: false, description: 'Text/HTML/feed file, URL, or - for stdin', valueHint: 'file|url|-' },
    published: { type: 'string', description: 'Publication date (ISO, e.g. 2025-06-18): anchors relative dates', valueHint: 'date' },
    source: { type: 'string', description: 'Outlet name, e.g. "Reuters"', valueHint: 'name' },
    title: { type: 'string', description: 'Article title', valueHint: 'text' },
    item: { type: 'string', description: 'Which feed item to analyse (1 = first)', default: '1', valueHint: 'n' },
    topics: { type: 'string', description: 'Custom topic model saved by `tidings topics train --name <name>` (default: built-in taxonomy)', valueHint: 'name' },
    ...knowledgeArgs,
    jsonl: { type: 'boolean', description: 'Batch: one {text, published?, source?, title?, url?} per input line, one document per output line', default: false },
    ...jsonArgs,
    ...debugArgs,
  },
  async run({ args, rawArgs }) {
    const overrides: Partial<RawArticle> = {
      ...(args.published !== undefined ? { published: parseIsoDateFlag(args.published, '--published') } : {}),
      ...(args.source ? { source: args.source } : {}),
      ...(args.title ? { title: args.title } : {}),
    };
    const options: AnalyzerOptions = { ...(args.topics ? { topics: args.topics } : {}), ...knowledgeOptions(rawArgs) };
    if (args.jsonl) return analyzeJsonl(args.input ?? '-', overrides, options);
    if (!args.input) {
      throw new InputError('Nothing to analyse: pass a file, a URL, or `-` to read stdin.', 'Example: tidings analyze article.txt --published 2025-06-18');
    }
    const positional = (args as unknown as { _?: string[] })._ ?? [];
    if (positional.length > 1) {
      throw new InputError(`\`analyze\` reads one article, got ${positional.length} inputs: ${positional.join(', ')}.`, 'To analyse and store many, use `tidings ingest` with them all; for a JSONL stream use `--jsonl`.');
    }
    const article = await pickArticle(args.input, args.item);
    const analyzer = await createAnalyzer(options);
    const doc = analyzeRawArticle(analyzer, { ...article, ...overrides });
    await writeStdout(args.json ? `${JSON.stringify(doc, null, 2)}\n` : formatDocumentSummary(doc));
  },
});

async function pickArticle(input: string, itemFlag: string): Promise<RawArticle> {
  const wanted = Number(itemFlag);
  if (!Number.isInteger(wanted) || wanted < 1) {
    throw new InputError(`Expected a positive whole number for \`--item\`, got \`${itemFlag}\`.`, 'Use --item 1 for the first feed item.');
  }
  const items: SourceItem[] = [];
  for await (const item of readSource(input)) items.push(item);
  const chosen = items[wanted - 1];
  if (!chosen) {
    throw new InputError(`\`--item ${wanted}\` asked for item ${wanted}, but ${input} holds ${items.length}.`, `Pick a number from 1 to ${items.length}.`);
  }
  if ('error' in chosen) throw chosen.error;
  if (items.length > 1) process.stderr.write(`tidings: ${input} holds ${items.length} items; analysing item ${wanted} (${chosen.label}). Use --item N for another.\n`);
  return chosen.article;
}

async function analyzeJsonl(input: string, overrides: Partial<RawArticle>, options: AnalyzerOptions): Promise<void> {
  if (input !== '-') {
    const info = await stat(input).catch(() => undefined);
    if (!info?.isFile()) {
      throw new InputError(`${info ? 'Not a file' : 'No such file'}: \`${input}\`.`, '`--jsonl` reads one JSONL file, or - for stdin.');
    }
  }
  const stream = input === '-' ? process.stdin : createReadStream(input);
  const where = input === '-' ? 'stdin' : `\`${input}\``;
  const pool = createAnalyzePool(options);
  let lines = 0;
  let failures = 0;
  try {
    await pool.ready();
    const withDefaults = applyDefaults(readJsonlLines(stream, where), overrides);
    for await (const result of analyzeInOrder(withDefaults, pool)) {
      lines++;
      if ('doc' in result) {
        await writeStdout(`${JSON.stringify(result.doc)}\n`);
      } else {
        failures++;
        process.stderr.write(`tidings: skipped ${result.label}: ${result.error.message}\n`);
      }
    }
  } finally {
    await pool.close();
  }
  if (failures > 0) {
    process.stderr.write(`tidings: ${failures} of ${lines} lines could not be analysed (see above).\n`);
    process.exitCode = 1;
  }
}

// Flags fill in what a line leaves out; a line's own fields win.
async function* applyDefaults(items: AsyncIterable<SourceItem>, defaults: Partial<RawArticle>): AsyncGenerator<SourceItem> {
  for await (const item of items) yield 'article' in item ? { ...item, article: { ...defaults, ...item.article } } : item;
}
