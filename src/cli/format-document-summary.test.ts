import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../model/document.ts';
import { formatDocumentSummary } from './format-document-summary.ts';

const text = 'Mayor Lena Park opened the Orla bridge on Tuesday.';
const base: AnalyzedDocument = {
  id: 'doc1', text, meta: { title: 'Bridge opens', source: 'Orla Post', published: '2025-03-05' }, language: 'en',
  sentences: [{ span: { start: 0, end: text.length }, firstToken: 0, lastToken: 8 }], tokens: [], entities: [], actors: [],
  places: [], dates: [], quantities: [], claims: [], events: [], topics: [], diagnostics: [],
};

describe('formatDocumentSummary', () => {
  it('prints the heading and only the layers that have something', () => {
    const out = formatDocumentSummary(base);
    assert.match(out, /^Bridge opens \(Orla Post, 2025-03-05\)\n/);
    assert.doesNotMatch(out, /People:|Dates:|Events:/);
  });

  it('lists people with roles and codes, resolved dates and diagnostics', () => {
    const out = formatDocumentSummary({
      ...base,
      actors: [{ id: 'a1', kind: 'person', name: 'Lena Park', mentions: [{ start: 6, end: 15 }], roles: [{ title: 'Mayor of Orla' }], code: 'XYZGOV' }],
      dates: [{ id: 'd1', text: 'Tuesday', span: { start: 42, end: 49 }, type: 'DATE', value: '2025-03-04', granularity: 'day', direction: 'past', isRelative: true, rule: 'r', confidence: 1 }],
      diagnostics: [{ severity: 'warning', source: 'places', code: 'places/unresolved', message: 'Orla is not in the gazetteer.' }],
    });
    assert.match(out, /People:\n {2}- Lena Park \(Mayor of Orla · XYZGOV\)/);
    assert.match(out, /"Tuesday" → 2025-03-04 \(day\)/);
    assert.match(out, /warning places\/unresolved: Orla is not in the gazetteer\./);
  });
});
