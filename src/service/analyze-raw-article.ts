import type { AnalyzedDocument } from '../model/document.ts';
import { analyzeEach, type Analyzer } from '../pipeline/analyzer.ts';
import { articleMetaOf, type RawArticle } from '../ingest/raw-article.ts';

/** Analyses a raw article and keeps what ingest found about its source (e.g. an unreadable date) on the document. */
export function analyzeRawArticle(analyzer: Analyzer, article: RawArticle): AnalyzedDocument {
  return withSourceDiagnostics(analyzer.analyze(article.text, articleMetaOf(article)), article);
}

/** The same for several articles at once (the analyzer's faster batch path); each result or error in input order. */
export function analyzeRawArticles(analyzer: Analyzer, articles: readonly RawArticle[]): (AnalyzedDocument | Error)[] {
  const results = analyzeEach(analyzer, articles.map((article) => ({ text: article.text, meta: articleMetaOf(article) })));
  return results.map((result, i) => (result instanceof Error ? result : withSourceDiagnostics(result, articles[i] as RawArticle)));
}

function withSourceDiagnostics(doc: AnalyzedDocument, article: RawArticle): AnalyzedDocument {
  if (!article.diagnostics || article.diagnostics.length === 0) return doc;
  return { ...doc, diagnostics: [...article.diagnostics, ...doc.diagnostics] };
}
