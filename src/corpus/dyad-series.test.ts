import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dyadSeries, type DyadEvent } from './dyad-series.ts';

const events: DyadEvent[] = [
  { documentId: 'a', sourceCode: 'PRKGOV', targetCode: 'RUSGOV', quadClass: 1, goldstein: 1, date: '2025-06-17', tone: -2 },
  { documentId: 'b', sourceCode: 'RUSMIL', targetCode: 'PRK', quadClass: 2, goldstein: 7.4, date: '2025-06-17', tone: -4 },
  { documentId: 'copy', sourceCode: 'PRKGOV', targetCode: 'RUSGOV', quadClass: 1, goldstein: 1, date: '2025-06-17' },
  { documentId: 'c', sourceCode: 'KORGOV', targetCode: 'PRKGOV', quadClass: 3, goldstein: -4, date: '2025-06-18' },
  { documentId: 'd', sourceCode: 'PRK', targetCode: 'RUS', quadClass: 4, goldstein: -10, published: '2025-06-20T08:00:00Z' },
];

test('counts events between two code prefixes per day in both directions, skipping copies', () => {
  const days = dyadSeries(events, 'PRK', 'RUS', { copies: new Set(['copy']) });
  assert.deepEqual(days, [
    { day: '2025-06-17', source: 'PRK', target: 'RUS', events: 2, quadClass: [1, 1, 0, 0], goldstein: 8.4, tone: -3 },
    { day: '2025-06-20', source: 'PRK', target: 'RUS', events: 1, quadClass: [0, 0, 0, 1], goldstein: -10 },
  ]);
});

test('keeps one direction only when directed, and days from --since on', () => {
  assert.deepEqual(dyadSeries(events, 'PRK', 'RUS', { directed: true, since: '2025-06-18' }).map((d) => d.day), ['2025-06-20']);
});
