import { addDays, formatDay, pad } from '../../knowledge/time/calendar-day.ts';
import { weekdayNumbers } from '../../knowledge/time/time-words.ts';
import { monthOf } from './absolute-time-rules.ts';
import { chooseYear } from './choose-year.ts';
import { resolveWeekday } from './relative-time-rules.ts';
import { timePattern, type TimeRule } from './time-rule.ts';

/** Clock times, optionally with their day: "10 p.m. Wednesday", "8:30 a.m. today", "noon Sunday". */
export const clockTimeRules: readonly TimeRule[] = [
  {
    id: 'dates/clock-time',
    anchors: ['am', 'pm', 'a.m', 'p.m', 'noon', 'midnight'],
    cue: /\d ?[ap]\.?m\b|noon|midnight/i,
    pattern: timePattern(`(?:(?<hour>[01]?\\d|2[0-3])(?::(?<minute>[0-5]\\d))? ?(?<meridiem>a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m)|(?<named>noon|midnight))(?: (?:EST|EDT|GMT|UTC|local time|local))?(?:,? (?:on )?(?:(?<day>today|tonight|yesterday|tomorrow|{WEEKDAY})|(?<month>{MONTH}) (?<date>[12]\\d|3[01]|0?[1-9])(?!\\d)))?`),
    resolve(groups, _match, context) {
      let hour = Number(groups['hour'] ?? (groups['named']?.toLowerCase() === 'noon' ? 12 : 0));
      const meridiem = (groups['meridiem'] ?? '').toLowerCase();
      if (meridiem.startsWith('p') && hour < 12) hour += 12;
      if (meridiem.startsWith('a') && hour === 12) hour = 0;
      const minute = Number(groups['minute'] ?? 0);
      const dayWord = (groups['day'] ?? '').toLowerCase();
      const weekday = weekdayNumbers[dayWord];
      const month = monthOf(groups['month']);
      const day = month !== undefined
        ? { year: chooseYear(month, Number(groups['date']), context.anchor, context.tense), month, day: Number(groups['date']) }
        : weekday !== undefined
        ? resolveWeekday(weekday, context.anchor, context.tense)
        : addDays(context.anchor, dayWord === 'yesterday' ? -1 : dayWord === 'tomorrow' ? 1 : 0);
      return { type: 'TIME', value: `${formatDay(day)}T${pad(hour, 2)}:${pad(minute, 2)}`, isRelative: true };
    },
  },
];
