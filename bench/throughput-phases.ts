import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { RawArticle } from '../src/ingest/raw-article.ts';
import { BATCH_SIZE, createAnalyzer } from '../src/pipeline/analyzer.ts';
import type { Stage } from '../src/pipeline/stage.ts';
import { stages } from '../src/pipeline/stages.ts';
import { analyzeInOrder } from '../src/service/analyze-in-order.ts';
import { createAnalyzePool } from '../src/service/analyze-pool.ts';
import { analyzeRawArticle, analyzeRawArticles } from '../src/service/analyze-raw-article.ts';
import { syntheticArticle } from './synthetic-articles.ts';

/** `analyzer` uses the batch path (`analyzeBatch`); `analyzer-single` analyses article by article, as `analyze` does. */
export type PhaseName = 'wink' | 'analyzer' | 'analyzer-single' | 'pool';

export interface PhaseResult {
  readonly phase: PhaseName;
  readonly threads: number;
  readonly articles: number;
  readonly megabytes: number;
  readonly tokens: number;
  readonly seconds: number;
  readonly tokensPerSecond: number;
  readonly articlesPerSecond: number;
  readonly peakRssMb: number;
  /** Seconds spent in each stage's `run` (analyzer phases only). */
  readonly stageSeconds?: Record<string, number>;
}

/**
 * The same deterministic corpus in every phase: articles until `megabytes` of text, synthetic or, given a JSONL file
 * of `{text, title?, published?}` lines (read at run time, e.g. real news under ../shared), that file's articles in
 * order, starting over at its first line if it holds less than `megabytes`.
 */
function corpusOf(megabytes: number, jsonl?: string): RawArticle[] {
  const real = jsonl === undefined ? undefined : readArticles(jsonl);
  const articles: RawArticle[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1024 * 1024; i++) {
    const article = real ? (real[i % real.length] as RawArticle) : syntheticArticle(i);
    articles.push(article);
    bytes += Buffer.byteLength(article.text);
  }
  return articles;
}

function readArticles(path: string): RawArticle[] {
  const articles = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { text?: unknown; title?: unknown; published?: unknown })
    .filter((line): line is { text: string } => typeof line.text === 'string' && line.text.trim().length > 0)
    .map((line): RawArticle => ({
      text: line.text,
      ...('title' in line && typeof line.title === 'string' ? { title: line.title } : {}),
      ...('published' in line && typeof line.published === 'string' ? { published: line.published } : {}),
    }));
  if (articles.length === 0) throw new Error(`No article with a "text" field in ${path}: give a JSONL file of {"text": …} lines.`);
  return articles;
}

/** Runs one phase over the corpus (loading is not timed) and reports its speed and this process's peak RSS. */
export async function runPhase(phase: PhaseName, megabytes: number, jsonl?: string): Promise<PhaseResult> {
  const corpus = corpusOf(megabytes, jsonl);
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  let tokens = 0;
  let threads = 1;
  let started = 0;
  let stageSeconds: Record<string, number> | undefined;
  if (phase === 'wink') {
    const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
    const its = nlp.its;
    started = performance.now();
    for (const article of corpus) {
      // The same annotations the segment stage reads: values, spaces, POS, lemmas and sentence spans.
      const doc = nlp.readDoc(article.text);
      const values = doc.tokens().out(its.value);
      doc.tokens().out(its.precedingSpaces);
      doc.tokens().out(its.pos);
      doc.tokens().out(its.lemma as unknown as typeof its.normal);
      doc.sentences().out(its.span);
      tokens += values.filter((value) => value.trim().length > 0).length;
    }
  } else if (phase === 'analyzer' || phase === 'analyzer-single') {
    const timed = timeStages(stages);
    const analyzer = await createAnalyzer({}, timed.stages);
    started = performance.now();
    if (phase === 'analyzer-single') {
      for (const article of corpus) tokens += analyzeRawArticle(analyzer, article).tokens.length;
    } else {
      // The batch path, as the pool threads use it: each stage runs over a few dozen articles in turn.
      for (let at = 0; at < corpus.length; at += BATCH_SIZE) {
        for (const result of analyzeRawArticles(analyzer, corpus.slice(at, at + BATCH_SIZE))) if (!(result instanceof Error)) tokens += result.tokens.length;
      }
    }
    stageSeconds = timed.seconds;
  } else {
    const pool = createAnalyzePool({}, availableParallelism());
    threads = pool.size;
    await pool.analyze({ text: 'Warm-up: every thread loads its models before timing starts.' });
    await Promise.all(Array.from({ length: pool.size * 2 }, () => pool.analyze({ text: 'Warm-up sentence.' })));
    started = performance.now();
    async function* items() {
      for (const [i, article] of corpus.entries()) yield { label: String(i), article };
    }
    for await (const result of analyzeInOrder(items(), pool)) if ('doc' in result) tokens += result.doc.tokens.length;
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    phase,
    threads,
    articles: corpus.length,
    megabytes: bytes / 1024 / 1024,
    tokens,
    seconds,
    tokensPerSecond: tokens / seconds,
    articlesPerSecond: corpus.length / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...(stageSeconds ? { stageSeconds } : {}),
  };
}

/** Wraps each stage's `run` to add up its time, so the report can say where the analyzer spends it. */
function timeStages(list: readonly Stage<unknown>[]): { stages: Stage<unknown>[]; seconds: Record<string, number> } {
  const seconds: Record<string, number> = {};
  const wrapped = list.map((stage): Stage<unknown> => ({
    ...stage,
    run(doc, resources) {
      const started = performance.now();
      try {
        return stage.run(doc, resources);
      } finally {
        seconds[stage.name] = (seconds[stage.name] ?? 0) + (performance.now() - started) / 1000;
      }
    },
  }));
  return { stages: wrapped, seconds };
}
