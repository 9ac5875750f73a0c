import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, formatWeek, isoWeekday, parseCalendarDay } from './calendar-day.ts';

describe('calendar days', () => {
  it('reads the date part of an ISO date-time and rejects other text', () => {
    assert.deepEqual(parseCalendarDay('1998-02-13T14:26:00'), { year: 1998, month: 2, day: 13 });
    assert.equal(parseCalendarDay('13/02/1998'), undefined);
  });

  it('numbers ISO weeks across a year boundary', () => {
    assert.equal(formatWeek({ year: 2021, month: 1, day: 3 }), '2020-W53');
    assert.equal(formatWeek({ year: 2025, month: 6, day: 18 }), '2025-W25');
  });

  it('adds days across months and knows the weekday', () => {
    assert.deepEqual(addDays({ year: 2025, month: 6, day: 18 }, -14), { year: 2025, month: 6, day: 4 });
    assert.equal(isoWeekday({ year: 2025, month: 6, day: 18 }), 3);
  });
});
