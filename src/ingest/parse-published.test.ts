import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIsoDateFlag, parseSourceDate } from './parse-published.ts';

describe('parseIsoDateFlag', () => {
  it('accepts ISO dates and date-times', () => {
    assert.equal(parseIsoDateFlag('2025-06-18', '--published'), '2025-06-18');
    assert.equal(parseIsoDateFlag('2025-06-18 09:30', '--published'), '2025-06-18T09:30');
    assert.equal(parseIsoDateFlag('2025-06-18T09:30:00+02:00', '--published'), '2025-06-18T09:30:00+02:00');
  });

  it('quotes the flag and the value when the date is not ISO', () => {
    assert.throws(() => parseIsoDateFlag('yesterdayy', '--published'), { message: 'Expected an ISO date for `--published`, got `yesterdayy`.' });
  });

  it('refuses dates that do not exist on the calendar', () => {
    assert.throws(() => parseIsoDateFlag('2025-02-30', '--since'), /real calendar date for `--since`/);
  });
});

describe('parseSourceDate', () => {
  it('converts an RSS date to ISO 8601 in UTC', () => {
    assert.deepEqual(parseSourceDate('Tue, 17 Jun 2025 22:15:00 +0900', 'a feed'), { published: '2025-06-17T13:15:00.000Z' });
  });

  it('returns a warning diagnostic for an unreadable date instead of throwing', () => {
    const result = parseSourceDate('around teatime', 'item 2');
    assert.equal(result.published, undefined);
    assert.equal(result.diagnostic?.severity, 'warning');
    assert.match(result.diagnostic?.message ?? '', /`around teatime` in item 2/);
  });
});
