import type { AnalyzedDocument } from '../../src/model/document.ts';

/** A bare analysed document for corpus tests: text and meta, plus whichever layers a test fills in. */
export function makeDocument(id: string, text: string, layers: Partial<AnalyzedDocument> = {}): AnalyzedDocument {
  return {
    id,
    text,
    meta: {},
    language: 'en',
    sentences: [{ span: { start: 0, end: text.length }, firstToken: 0, lastToken: 0 }],
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
    ...layers,
  };
}
