import { createHash } from 'node:crypto';
import type { AnalyzedDocument, ArticleMeta } from '../model/document.ts';
import { checkStageOrder } from './check-stage-order.ts';
import { validateArticleText } from './validate-article-text.ts';
import type { AnalyzerOptions, Stage } from './stage.ts';
import { stages as defaultStages } from './stages.ts';

/** A configured pipeline: knowledge is loaded once, then `analyze` is cheap, pure and reentrant. */
export interface Analyzer {
  readonly stageNames: readonly string[];
  analyze(text: string, meta?: ArticleMeta): AnalyzedDocument;
}

interface PreparedStage {
  readonly stage: Stage<unknown>;
  readonly resources: unknown;
}

/** Loads every stage's knowledge (weights, gazetteers, lexicons) and returns a ready analyzer. */
export async function createAnalyzer(
  options: AnalyzerOptions = {},
  stages: readonly Stage<unknown>[] = defaultStages,
): Promise<Analyzer> {
  checkStageOrder(stages);
  const prepared: PreparedStage[] = [];
  for (const stage of stages) {
    prepared.push({ stage, resources: stage.prepare ? await stage.prepare(options) : undefined });
  }
  return {
    stageNames: stages.map((stage) => stage.name),
    analyze: (text, meta = {}) => runStages(prepared, text, meta),
  };
}

/** A stable id for an article: the same text from the same URL is the same document. */
export function documentIdFor(text: string, meta: ArticleMeta): string {
  return createHash('sha256').update(meta.url ?? '').update('\u0000').update(text).digest('hex').slice(0, 20);
}

/** A document with no annotation layers yet: where analysis starts, and a base for hand-built test documents. */
export function emptyDocument(id: string, text: string, meta: ArticleMeta = {}): AnalyzedDocument {
  return {
    id,
    text,
    meta,
    language: meta.language ?? 'en',
    sentences: [],
    tokens: [],
    entities: [],
    actors: [],
    places: [],
    dates: [],
    quantities: [],
    claims: [],
    events: [],
    topics: [],
    diagnostics: [],
  };
}

function runStages(prepared: readonly PreparedStage[], text: string, meta: ArticleMeta): AnalyzedDocument {
  validateArticleText(text);
  // One object filled in place: copying the whole document after each stage cost more than several stages.
  // Each stage still sees only the layers of the stages before it, and key order is that of the spreads it replaces.
  const doc: { -readonly [K in keyof AnalyzedDocument]: AnalyzedDocument[K] } = emptyDocument(documentIdFor(text, meta), text, meta);
  for (const { stage, resources } of prepared) {
    const patch = stage.run(doc, resources);
    const diagnostics = doc.diagnostics;
    Object.assign(doc, patch);
    doc.diagnostics = patch.diagnostics ? [...diagnostics, ...patch.diagnostics] : diagnostics;
  }
  return doc;
}
