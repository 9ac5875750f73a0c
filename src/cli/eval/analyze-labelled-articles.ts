import { corpusArticleFromDocument, type CorpusArticle } from '../../corpus/corpus-article.ts';
import { createAnalyzer } from '../../pipeline/analyzer.ts';
import type { LabelledArticle } from './read-labelled-articles.ts';

/** Analyses gold articles and reduces them to corpus features, keyed by the gold id; progress goes to stderr. */
export async function analyzeLabelledArticles(rows: readonly LabelledArticle[]): Promise<CorpusArticle[]> {
  const analyzer = await createAnalyzer();
  const articles: CorpusArticle[] = [];
  const started = Date.now();
  for (const [index, row] of rows.entries()) {
    const meta = {
      ...(row.title === undefined ? {} : { title: row.title }),
      ...(row.published === undefined ? {} : { published: row.published }),
      ...(row.source === undefined ? {} : { source: row.source }),
    };
    const doc = analyzer.analyze(row.text, meta);
    articles.push({ ...corpusArticleFromDocument(doc), id: row.id });
    if ((index + 1) % 100 === 0) process.stderr.write(`analysed ${index + 1}/${rows.length}\n`);
  }
  process.stderr.write(`analysed ${rows.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return articles;
}
