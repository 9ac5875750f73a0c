import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Event } from '../../model/event.ts';
import { plainFacts } from './plain-facts.ts';

const text =
  'Officials said the premier of Ruritania met the envoy of Borduria in Strelsau on Monday. ' +
  'The envoy told the Daily Courier that Borduria would send 300 engineers and 40 medics to Ruritania.';
const at = (phrase: string): { start: number; end: number } => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
};
const firstSentence = at('Officials said the premier of Ruritania met the envoy of Borduria in Strelsau on Monday.');
const secondSentence = at('The envoy told the Daily Courier that Borduria would send 300 engineers and 40 medics to Ruritania.');

function event(overrides: Partial<Event>): Event {
  return {
    id: 'e1', code: '040', baseCode: '040', rootCode: '04', label: 'Consult', quadClass: 1, goldstein: 1,
    isDateFromPublication: false, modality: 'happened', trigger: at('met'), sentence: firstSentence, rule: 'test', confidence: 1,
    ...overrides,
  };
}

function documentWith(layers: Partial<AnalyzedDocument>): AnalyzedDocument {
  return {
    id: 'doc', text, meta: { published: '2031-03-04' }, language: 'en', sentences: [], tokens: [], entities: [],
    actors: [
      { id: 'a1', kind: 'person', name: 'Anna Premier', mentions: [at('the premier of Ruritania')], roles: [] },
      { id: 'a2', kind: 'person', name: 'Boris Envoy', mentions: [at('the envoy of Borduria'), at('The envoy')], roles: [] },
      { id: 'a3', kind: 'country', name: 'Borduria', mentions: [at('Borduria would')], roles: [], code: 'BDR' },
      { id: 'a4', kind: 'country', name: 'Ruritania', mentions: [at('to Ruritania')], roles: [], code: 'RUR' },
      { id: 'a5', kind: 'media', name: 'Daily Courier', mentions: [at('the Daily Courier')], roles: [] },
    ],
    places: [{ id: 'p1', name: 'Strelsau', mentions: [at('Strelsau')], precision: 'city' }],
    dates: [], quantities: [], claims: [], events: [], topics: [], diagnostics: [],
    ...layers,
  };
}

test('writes a meeting as one dated sentence with its place and source, whichever way the coder paired it', () => {
  const doc = documentWith({
    events: [
      event({ sourceActorId: 'a1', targetActorId: 'a2', date: '2031-03-03' }),
      event({ id: 'e2', sourceActorId: 'a2', targetActorId: 'a1', date: '2031-03-03' }),
    ],
    claims: [{
      id: 'c1', speaker: 'Officials', verb: 'said', content: at('the premier of Ruritania met the envoy of Borduria in Strelsau on Monday'),
      span: firstSentence, sourceKind: 'official', isHedged: false, isNegated: false, rule: 'test', confidence: 1,
    }],
  });
  assert.deepEqual(plainFacts(doc), ['2031-03-03 — Anna Premier met Boris Envoy in Strelsau (Officials).']);
});

test('writes a planned deployment with its counted personnel and "speaker, to outlet" as the source', () => {
  const doc = documentWith({
    events: [event({
      code: '074', baseCode: '074', rootCode: '07', sourceActorId: 'a3', targetActorId: 'a4', modality: 'planned',
      sentence: secondSentence, trigger: at('send'), isDateFromPublication: true, date: '2031-03-04',
    })],
    quantities: [
      { id: 'q1', text: '300 engineers', span: at('300 engineers'), value: 300, unit: 'engineers', category: 'personnel', rule: 't', confidence: 1 },
      { id: 'q2', text: '40 medics', span: at('40 medics'), value: 40, unit: 'medics', category: 'personnel', rule: 't', confidence: 1 },
    ],
    claims: [{
      id: 'c2', speaker: 'The envoy', speakerActorId: 'a2', verb: 'told', span: secondSentence,
      content: at('Borduria would send 300 engineers and 40 medics to Ruritania'), sourceKind: 'official', isHedged: false,
      isNegated: false, rule: 'test', confidence: 1,
    }],
  });
  assert.deepEqual(plainFacts(doc), ['Borduria will send 300 engineers and 40 medics to Ruritania (Boris Envoy, to Daily Courier).']);
});

test('states a claim no event covers as its content, with an unattributed hedge named as such', () => {
  const doc = documentWith({
    tokens: [{ text: 'would', span: at('would'), pos: 'AUX', lemma: 'would', precededBySpace: true }],
    claims: [{
      id: 'c3', speaker: 'word has it', verb: 'word has it', span: secondSentence,
      content: at('Borduria would send 300 engineers and 40 medics to Ruritania'), sourceKind: 'unattributed', isHedged: true,
      isNegated: false, rule: 'test', confidence: 1,
    }],
  });
  assert.deepEqual(plainFacts(doc), ['Borduria would send 300 engineers and 40 medics to Ruritania (unattributed: word has it).']);
});

test('lists nothing for a document with no events or claims', () => {
  assert.deepEqual(plainFacts(documentWith({})), []);
});

test('leaves no dangling preposition when an agreement has no known partner, and names a bare code readably', () => {
  const doc = documentWith({
    events: [event({ code: '057', baseCode: '057', rootCode: '05', label: 'Sign formal agreement', sourceCode: 'NORGOV' })],
  });
  assert.deepEqual(plainFacts(doc), ["Norway's government signed an agreement in Strelsau (unattributed)."]);
});

test('does not give as the place a name the article uses for an actor, or the dateline where the report was filed', () => {
  const actorPlace = documentWith({
    places: [{ id: 'p1', name: 'Strelsau', mentions: [at('Strelsau')], precision: 'city' }],
    actors: [{ id: 'a1', kind: 'organisation', name: 'Government of Ruritania', mentions: [at('Strelsau')], roles: [], code: 'RURGOV' }],
    events: [event({ sourceActorId: 'a1' })],
  });
  assert.deepEqual(plainFacts(actorPlace), ['Government of Ruritania met (unattributed).']);
  const filed = documentWith({
    dateline: { span: at('Officials said the premier'), place: 'Strelsau' },
    places: [{ id: 'p1', name: 'Strelsau', mentions: [at('Officials')], precision: 'city' }],
    events: [event({ sourceActorId: 'a1', targetActorId: 'a2' })],
  });
  assert.deepEqual(plainFacts(filed), ['Anna Premier met Boris Envoy (unattributed).']);
});

test("does not date a fact by the dateline's filing date", () => {
  const filingDate = { id: 'd1', text: 'Officials', span: at('Officials'), type: 'DATE' as const, value: '2031-03-01', granularity: 'day' as const, direction: 'past' as const, isRelative: false, rule: 'test', confidence: 1 };
  const doc = documentWith({
    dateline: { span: at('Officials'), place: 'Strelsau' },
    dates: [filingDate],
    places: [],
    events: [event({ sourceActorId: 'a1', targetActorId: 'a2', date: '2031-03-04', isDateFromPublication: true })],
  });
  assert.deepEqual(plainFacts(doc), ['Anna Premier met Boris Envoy (unattributed).']);
  const { dateline: _filed, ...undated } = doc;
  assert.deepEqual(plainFacts(undated), ['2031-03-01 — Anna Premier met Boris Envoy (unattributed).'], 'the same date outside a dateline does date it');
});
