import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDocument } from '../../test/corpus/make-document.ts';
import type { AnalyzedDocument } from '../model/document.ts';
import type { Event } from '../model/event.ts';
import { corroborateStory } from './corroborate-story.ts';

const meeting = (id: string, date: string, modality: Event['modality'] = 'happened'): Event => ({
  id, code: '040', baseCode: '040', rootCode: '04', label: 'Consult', quadClass: 1, goldstein: 1,
  sourceCode: 'NORGOV', targetCode: 'SUDGOV', date, isDateFromPublication: false, modality,
  trigger: { start: 0, end: 3 }, sentence: { start: 0, end: 20 }, rule: 'test', confidence: 1,
});

function outletReport(id: string, source: string, options: { date: string; workers: number; viaAgency?: boolean; modality?: Event['modality'] }): AnalyzedDocument {
  const text = `The ministers met in Port Alder, an agency said; ${options.workers} workers will follow.`;
  const claim = {
    id: 'c1', speaker: 'Norland News Agency', verb: 'said', content: { start: 0, end: 30 }, span: { start: 0, end: 45 },
    sourceKind: 'state-media' as const, isHedged: false, isNegated: false, rule: 'test', confidence: 1,
  };
  const event = { ...meeting('e1', options.date, options.modality), ...(options.viaAgency ? { claimId: 'c1' } : {}) };
  return {
    ...makeDocument(id, text, {
      events: [event],
      claims: options.viaAgency ? [claim] : [],
      quantities: [{ id: 'q1', text: `${options.workers} workers`, span: { start: 50, end: 60 }, value: options.workers, unit: 'workers', category: 'personnel', rule: 'test', confidence: 1 }],
    }),
    meta: { source },
  };
}

test('merges one meeting reported by three outlets into one fact with its supports', () => {
  const facts = corroborateStory([
    { doc: outletReport('a', 'Daily A', { date: '2025-06-17', workers: 5000 }) },
    { doc: outletReport('b', 'Daily B', { date: '2025-06-17', workers: 5000 }) },
    { doc: outletReport('c', 'Daily C', { date: '2025-06-17', workers: 5000 }) },
  ]);
  const event = facts.find((f) => f.kind === 'event');
  assert.equal(event?.supports.length, 3);
  assert.equal(event?.independentSources.length, 3);
  assert.deepEqual(event?.contradictions, []);
});

test('counts two outlets quoting the same agency report as one source', () => {
  const facts = corroborateStory([
    { doc: outletReport('a', 'Daily A', { date: '2025-06-17', workers: 5000, viaAgency: true }) },
    { doc: outletReport('b', 'Daily B', { date: '2025-06-17', workers: 5000, viaAgency: true }) },
  ]);
  assert.deepEqual(facts.find((f) => f.kind === 'event')?.independentSources, ['agency:norland news agency']);
});

test('counts a rewrite with the article it copies', () => {
  const facts = corroborateStory([
    { doc: outletReport('a', 'Daily A', { date: '2025-06-17', workers: 5000 }) },
    { doc: outletReport('b', 'Blog B', { date: '2025-06-17', workers: 5000 }), originalId: 'a' },
  ]);
  assert.deepEqual(facts.find((f) => f.kind === 'event')?.independentSources, ['outlet:daily a']);
});

test('flags 5,000 against 6,000 workers and 17 against 18 June as contradictions', () => {
  const facts = corroborateStory([
    { doc: outletReport('a', 'Daily A', { date: '2025-06-17', workers: 5000 }) },
    { doc: outletReport('b', 'Daily B', { date: '2025-06-18', workers: 6000 }) },
  ]);
  const event = facts.find((f) => f.kind === 'event');
  assert.deepEqual(event?.contradictions.map((c) => [c.field, c.values.map((v) => v.value).sort()]), [['date', ['2025-06-17', '2025-06-18']]]);
  const workers = facts.find((f) => f.kind === 'quantity');
  assert.deepEqual(workers?.contradictions[0]?.values.map((v) => v.value).sort(), ['5000', '6000']);
});

test('flags a meeting one outlet reports and another says was denied', () => {
  const facts = corroborateStory([
    { doc: outletReport('a', 'Daily A', { date: '2025-06-17', workers: 5000 }) },
    { doc: outletReport('b', 'Daily B', { date: '2025-06-17', workers: 5000, modality: 'denied' }) },
  ]);
  assert.equal(facts.find((f) => f.kind === 'event')?.contradictions[0]?.field, 'modality');
});

test('keeps meetings weeks apart as separate facts', () => {
  const facts = corroborateStory([
    { doc: outletReport('a', 'Daily A', { date: '2025-06-17', workers: 5000 }) },
    { doc: outletReport('b', 'Daily B', { date: '2025-07-20', workers: 5000 }) },
  ]);
  assert.equal(facts.filter((f) => f.kind === 'event').length, 2);
});

test('names a fact by readable actors and states the figures the articles give', () => {
  const facts = corroborateStory([
    { doc: outletReport('a', 'Daily A', { date: '2025-06-17', workers: 5000 }) },
    { doc: outletReport('b', 'Daily B', { date: '2025-06-17', workers: 5000 }) },
    { doc: outletReport('c', 'Daily C', { date: '2025-06-17', workers: 6000 }) },
  ]);
  assert.equal(facts.find((f) => f.kind === 'event')?.summary, "Norway's government → Consult → SUDGOV", 'a code that is no country stays as written');
  assert.equal(facts.find((f) => f.kind === 'quantity')?.summary, 'personnel: 5,000 or 6,000 workers');
});

test('counts two outlets running the same agency copy as that agency, once', () => {
  const wireCopy = (id: string, outlet: string): AnalyzedDocument => ({
    ...outletReport(id, outlet, { date: '2025-06-17', workers: 5000 }),
    dateline: { span: { start: 0, end: 0 }, place: 'PORT ALDER', agency: 'Harbour Wire' },
  });
  const facts = corroborateStory([{ doc: wireCopy('a', 'Daily A') }, { doc: wireCopy('b', 'Daily B') }]);
  assert.deepEqual(facts.find((f) => f.kind === 'event')?.independentSources, ['agency:harbour wire']);
});
