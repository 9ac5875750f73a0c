import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../../src/model/document.ts';
import { collectMarks, layoutMarks } from '../../src/web/app/src/annotation-marks.ts';

const TEXT = 'Officials in Easthaven said on Monday that 300 volunteers cleared the beach.';
const at = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });

const doc: AnalyzedDocument = {
  id: 'd1', text: TEXT, meta: { published: '2025-05-07' }, language: 'en', sentences: [], tokens: [], topics: [], diagnostics: [],
  actors: [{ id: 'a1', kind: 'group', name: 'Officials', mentions: [at('Officials')], roles: [], code: 'XXXGOV' }],
  places: [], claims: [],
  entities: [
    { id: 'n1', type: 'place', text: 'Easthaven', span: at('Easthaven'), rule: 'gazetteer', confidence: 0.9 },
    { id: 'n2', type: 'organisation', text: 'Officials in Easthaven', span: at('Officials in Easthaven'), actorId: 'a1', rule: 'ner', confidence: 0.5 },
  ],
  dates: [{ id: 't1', text: 'Monday', span: at('Monday'), type: 'DATE', value: '2025-05-05', granularity: 'day', direction: 'past', isRelative: true, rule: 'weekday-past', confidence: 0.9 }],
  quantities: [{ id: 'q1', text: '300 volunteers', span: at('300 volunteers'), value: 300, unit: 'volunteers', category: 'personnel', rule: 'number-noun', confidence: 0.8 }],
  events: [{
    id: 'e1', code: '0871', baseCode: '087', rootCode: '08', label: 'De-escalate', quadClass: 2, goldstein: 5, isDateFromPublication: false,
    date: '2025-05-05', modality: 'happened', trigger: at('cleared'), sentence: { start: 0, end: TEXT.length }, rule: 'clear-verb', confidence: 0.6,
  }],
};

describe('article highlights', () => {
  it('explains what each highlight resolved to and which rule fired', () => {
    const marks = collectMarks(doc);
    const date = marks.find((m) => m.kind === 'date');
    assert.deepEqual(date?.details.find(([k]) => k === 'Value'), ['Value', '2025-05-05']);
    assert.deepEqual(date?.details.find(([k]) => k === 'Rule'), ['Rule', 'weekday-past']);
    const linked = marks.find((m) => m.id === 'n2');
    assert.deepEqual(linked?.details.find(([k]) => k === 'Actor code'), ['Actor code', 'XXXGOV']);
  });

  it('draws no two highlights over the same characters, preferring events, dates and quantities over entities', () => {
    const shown = layoutMarks(collectMarks(doc));
    for (let i = 1; i < shown.length; i++) assert.ok((shown[i - 1]?.end ?? 0) <= (shown[i]?.start ?? 0));
    assert.deepEqual(shown.map((m) => m.kind), ['entity', 'date', 'quantity', 'event']);
    assert.equal(shown[0]?.id, 'n2', 'of two overlapping entities the earlier, longer mention is drawn');
  });
});
