import { createAnalyzer, type Analyzer } from '../../src/pipeline/analyzer.ts';
import { RULES_ALONE } from '../../src/pipeline/stage.ts';

let analyzer: Promise<Analyzer> | undefined;

/**
 * The events of one text as the rules code them, as "code SOURCE>TARGET", built once per test file: `?` for a side not
 * found, `---` as the eval writes it, for a protest aimed at no one or an attack whose doer the report does not know.
 * The learned side-chooser and event filter are off: these tests pin the rules (`learned-sides.test.ts`, `event-filter.test.ts`).
 */
export async function codedDyads(text: string): Promise<string[]> {
  analyzer ??= createAnalyzer(RULES_ALONE);
  const doc = (await analyzer).analyze(text, { published: '2025-03-12' });
  return doc.events.map((event) => `${event.code} ${event.sourceCode ?? (event.isSourceUnknown === true ? '---' : '?')}>${event.targetCode ?? (event.isTargetless === true ? '---' : '?')}`);
}
