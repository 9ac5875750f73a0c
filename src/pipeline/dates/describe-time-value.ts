import { formatDay, formatWeek, type CalendarDay } from '../../knowledge/time/calendar-day.ts';
import type { DateGranularity, DateMention } from '../../model/date-mention.ts';

/** Granularity read off a TimeML value: "2025-06-17" day, "2025-W25" week, "199" decade, "P2W" duration. */
export function granularityOf(type: DateMention['type'], value: string | undefined): DateGranularity {
  if (type === 'DURATION') return 'duration';
  if (value === undefined || type === 'SET' || /_REF$/.test(value)) return 'unknown';
  if (/T/.test(value)) return 'instant';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return 'unknown';
}

/** Past, present or future against the anchor, comparing the value's prefix at its own precision. */
export function directionOf(value: string | undefined, anchor: CalendarDay | undefined): DateMention['direction'] {
  if (value === 'PAST_REF') return 'past';
  if (value === 'PRESENT_REF') return 'present';
  if (value === 'FUTURE_REF') return 'future';
  if (!value || !anchor || !/^\d/.test(value)) return 'unknown';
  const week = /^(\d{4}-W\d{2})/.exec(value);
  if (week?.[1]) return week[1] === formatWeek(anchor) ? 'present' : week[1] < formatWeek(anchor) ? 'past' : 'future';
  const comparable = value.replace(/-W\d\d.*|-Q\d|-H\d|-(?:SP|SU|FA|WI)|T.*$/, '');
  const reference = formatDay(anchor).slice(0, comparable.length);
  if (comparable === reference) return 'present';
  return comparable < reference ? 'past' : 'future';
}
