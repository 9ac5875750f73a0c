import type { AnalyzedDocument } from '../model/document.ts';
import type { Analyzer } from '../pipeline/analyzer.ts';
import { articleMetaOf, type RawArticle } from '../ingest/raw-article.ts';

/** Analyses a raw article and keeps what ingest found about its source (e.g. an unreadable date) on the document. */
export function analyzeRawArticle(analyzer: Analyzer, article: RawArticle): AnalyzedDocument {
  const doc = analyzer.analyze(article.text, articleMetaOf(article));
  if (!article.diagnostics || article.diagnostics.length === 0) return doc;
  return { ...doc, diagnostics: [...article.diagnostics, ...doc.diagnostics] };
}
