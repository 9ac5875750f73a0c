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
  it('names an event side that has only a code by the article actor of that code', () => {
    const words = 'Orla said it would send engineers to Vell.';
    const out = formatDocumentSummary({
      ...base,
      text: words,
      actors: [
        { id: 'a1', kind: 'country', name: 'Orla', mentions: [{ start: 0, end: 4 }], roles: [], code: 'ORL' },
        { id: 'a2', kind: 'country', name: 'Vell', mentions: [{ start: 37, end: 41 }], roles: [], code: 'VEL' },
      ],
      events: [{
        id: 'e1', code: '0332', baseCode: '033', rootCode: '03', label: 'Express intent to provide military aid', quadClass: 1, goldstein: 5.2,
        sourceActorId: 'a1', sourceCode: 'ORL', targetCode: 'VEL', isDateFromPublication: true, modality: 'planned',
        trigger: { start: 22, end: 26 }, sentence: { start: 0, end: words.length }, confidence: 0.8, rule: 'test',
      }],
    });
    assert.match(out, /0332 Express intent to provide military aid: Orla → Vell \(planned\)/);
  });

  it('names a doer the report does not know as unknown, not as a missed actor', () => {
    const words = 'The Orla mayor was shot dead.';
    const out = formatDocumentSummary({
      ...base,
      text: words,
      events: [{
        id: 'e1', code: '186', baseCode: '186', rootCode: '18', label: 'Assassinate', quadClass: 4, goldstein: -10,
        targetCode: 'ORLGOV', isSourceUnknown: true, isDateFromPublication: true, modality: 'happened',
        trigger: { start: 19, end: 23 }, sentence: { start: 0, end: words.length }, confidence: 0.8, rule: 'test',
      }],
    });
    assert.match(out, /186 Assassinate: unknown doer → ORLGOV/);
  });
});
