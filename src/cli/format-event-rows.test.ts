import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredEvent } from '../storage/store.ts';
import { EXTRA_COLUMNS, GDELT_COLUMNS, eventRow, formatEventRows } from './format-event-rows.ts';

const event: StoredEvent = {
  id: 'doc1:e1',
  documentId: 'doc1',
  code: '0874',
  baseCode: '087',
  rootCode: '08',
  label: 'Retreat or surrender militarily',
  quadClass: 2,
  goldstein: 10,
  sourceCode: 'FRAMIL',
  targetCode: 'MLI',
  date: '2024-03-09',
  isDateFromPublication: false,
  modality: 'happened',
  trigger: { start: 12, end: 21 },
  sentence: { start: 0, end: 40 },
  rule: '0874:withdraw-troop-from',
  confidence: 0.84,
  published: '2024-03-10T08:00:00Z',
  sentenceText: 'French troops withdrew from Mali, the paper said.',
};

test('keeps the 61 GDELT 2.0 event columns in order before the extra ones', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(GDELT_COLUMNS[0], 'GLOBALEVENTID');
  assert.equal(GDELT_COLUMNS[26], 'EventCode');
  assert.equal(GDELT_COLUMNS[60], 'SOURCEURL');
  assert.deepEqual(EXTRA_COLUMNS.slice(0, 2), ['DatePrecision', 'Modality']);
});

test('splits CAMEO actor codes into an ISO-3 country and role types', () => {
  const row = eventRow(event, 0, undefined);
  assert.equal(row.Actor1CountryCode, 'FRA');
  assert.equal(row.Actor1Type1Code, 'MIL');
  assert.equal(row.Actor2CountryCode, 'MLI');
  assert.equal(row.SQLDATE, '20240309');
  assert.equal(row.DatePrecision, 'day');
  assert.equal(row.Rule, '0874:withdraw-troop-from');
});

test('writes a role with no country as GDELT does: the role alone, no country', () => {
  const row = eventRow({ ...event, sourceCode: '---REB' }, 0, undefined);
  assert.equal(row.Actor1Code, 'REB');
  assert.equal(row.Actor1CountryCode, '');
  assert.equal(row.Actor1Type1Code, 'REB');
});

test('leaves Actor1 blank for a doer the report does not know, as GDELT does, and says so in Actor1Unknown', () => {
  const { sourceCode: _, ...unknown } = event;
  const row = eventRow({ ...unknown, code: '186', isSourceUnknown: true }, 0, undefined);
  assert.equal(row.Actor1Code, '');
  assert.equal(row.Actor1CountryCode, '');
  assert.equal(row.Actor1Unknown, '1');
  assert.equal(eventRow(event, 0, undefined).Actor1Unknown, '');
});

test('marks an event dated from its publication as such', () => {
  const row = eventRow({ ...event, date: '2024-03-10', isDateFromPublication: true }, 0, undefined);
  assert.equal(row.DatePrecision, 'publication');
});

test('writes GDELT rows as tab-separated lines without a header and CSV with one', () => {
  const rows = [eventRow(event, 0, undefined)];
  const gdelt = formatEventRows(rows, 'gdelt').trimEnd().split('\t');
  assert.equal(gdelt.length, GDELT_COLUMNS.length + EXTRA_COLUMNS.length);
  assert.equal(gdelt[26], '0874');
  const csv = formatEventRows(rows, 'csv').trimEnd().split('\n');
  assert.equal(csv.length, 2);
  assert.ok(csv[0]?.startsWith('GLOBALEVENTID,SQLDATE'));
  assert.ok(csv[1]?.includes('"French troops withdrew from Mali, the paper said."'));
  assert.equal(JSON.parse(formatEventRows(rows, 'jsonl')).EventRootCode, '08');
});
