/** A calendar day in the proleptic Gregorian calendar; the unit of all date arithmetic here (UTC, no clock). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const dayMs = 86_400_000;

/** Reads the date part of an ISO 8601 date or date-time ("2025-06-18", "1998-02-13T14:26:00"). */
export function parseCalendarDay(iso: string | undefined): CalendarDay | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim()) : null;
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= 31 ? day : undefined;
}

function toMs(day: CalendarDay): number {
  return Date.UTC(day.year, day.month - 1, day.day);
}

function fromMs(ms: number): CalendarDay {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `count` days after (or before, when negative) `day`. */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  return fromMs(toMs(day) + count * dayMs);
}

/** The month `count` months after `{year, month}`, as `[year, month]`. */
export function addMonths(year: number, month: number, count: number): readonly [number, number] {
  const index = year * 12 + (month - 1) + count;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((toMs(b) - toMs(a)) / dayMs);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(day: CalendarDay): number {
  return ((new Date(toMs(day)).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: CalendarDay): { readonly year: number; readonly week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const firstOfYear = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1 };
}

/** Formats a day as TimeML `YYYY-MM-DD`. */
export function formatDay(day: CalendarDay): string {
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/** Formats a month as TimeML `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** Formats the ISO week containing a day as TimeML `YYYY-Www`. */
export function formatWeek(day: CalendarDay): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Quarter (1–4) of a month. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Zero-pads a number to `width` digits. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
