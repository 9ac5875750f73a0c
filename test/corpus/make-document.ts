import type { AnalyzedDocument } from '../../src/model/document.ts';
import { emptyDocument } from '../../src/pipeline/analyzer.ts';

/** A bare analysed document for corpus tests: text and meta, plus whichever layers a test fills in. */
export function makeDocument(id: string, text: string, layers: Partial<AnalyzedDocument> = {}): AnalyzedDocument {
  return {
    ...emptyDocument(id, text),
    sentences: [{ span: { start: 0, end: text.length }, firstToken: 0, lastToken: 0 }],
    ...layers,
  };
}
