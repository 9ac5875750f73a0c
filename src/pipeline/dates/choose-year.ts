import { daysBetween, type CalendarDay } from '../../knowledge/time/calendar-day.ts';

// How much more a date on the wrong side of the anchor costs. Past is also the default for clauses without a
// tense marker, so it leans gently; future is only ever read from a marker ("will", "expected to"), so it leans hard.
const againstPast = 2.5;
const againstFuture = 8;

/** The year that puts month/day nearest the anchor, leaning to the side the clause's tense points at ('either': no lean). */
export function chooseYear(month: number, day: number, anchor: CalendarDay, tense: 'past' | 'future' | 'either'): number {
  let best = anchor.year;
  let bestScore = Number.POSITIVE_INFINITY;
  const against = tense === 'future' ? againstFuture : tense === 'either' ? 1 : againstPast;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const offset = daysBetween(anchor, { year, month, day });
    // Against the tense, a date costs more: "June 4" in a past-tense report published in May is last June.
    const score = Math.abs(offset) * ((offset > 0) === (tense === 'future') || offset === 0 ? 1 : against);
    if (score < bestScore) {
      best = year;
      bestScore = score;
    }
  }
  return best;
}

/** The year of a bare month name: this year's unless the tense says it lies on the other side of the anchor. */
export function chooseMonthYear(month: number, anchor: CalendarDay, tense: 'past' | 'future', modifier: string): number {
  if (modifier === 'last' || modifier === 'this past') return month < anchor.month ? anchor.year : anchor.year - 1;
  if (modifier === 'next' || modifier === 'this coming') return month > anchor.month ? anchor.year : anchor.year + 1;
  if (modifier === 'this') return anchor.year;
  if (tense === 'past' && month > anchor.month + 1) return anchor.year - 1;
  if (tense === 'future' && month < anchor.month - 1) return anchor.year + 1;
  return anchor.year;
}
