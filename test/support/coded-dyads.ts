import { createAnalyzer, type Analyzer } from '../../src/pipeline/analyzer.ts';

let analyzer: Promise<Analyzer> | undefined;

/** The events of one text as "code SOURCE>TARGET" (`?` for a side not found, `---` for a protest aimed at no one), built once per test file. */
export async function codedDyads(text: string): Promise<string[]> {
  analyzer ??= createAnalyzer();
  const doc = (await analyzer).analyze(text, { published: '2025-03-12' });
  return doc.events.map((event) => `${event.code} ${event.sourceCode ?? '?'}>${event.targetCode ?? (event.isTargetless === true ? '---' : '?')}`);
}
