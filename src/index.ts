/** The library surface: build an analyzer once, then analyze articles into typed documents. */
export { createAnalyzer, documentIdFor, type Analyzer } from './pipeline/analyzer.ts';
export type { AnalyzerOptions, Stage, StagePatch } from './pipeline/stage.ts';
export * from './model/index.ts';
