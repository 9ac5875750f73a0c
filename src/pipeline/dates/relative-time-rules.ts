import { addDays, addMonths, formatDay, formatMonth, formatWeek, isoWeekday, pad, parseCalendarDay, quarterOf, type CalendarDay } from '../../knowledge/time/calendar-day.ts';
import { partOfDayCodes, seasonCodes, weekdayNumbers } from '../../knowledge/time/time-words.ts';
import { isCapitalised, timeAnchors, timePattern, type TimeContext, type TimeReading, type TimeRule } from './time-rule.ts';

/** The day a weekday name points at: the latest on or before the anchor in past clauses, the next on or after otherwise. */
export function resolveWeekday(weekday: number, anchor: CalendarDay, direction: 'past' | 'future', isStrict = false): CalendarDay {
  const today = isoWeekday(anchor);
  if (direction === 'past') {
    const back = (today - weekday + 7) % 7;
    return addDays(anchor, back === 0 && isStrict ? -7 : -back);
  }
  const ahead = (weekday - today + 7) % 7;
  return addDays(anchor, ahead === 0 && isStrict ? 7 : ahead);
}

function partOfDay(word: string | undefined): string {
  const code = word ? partOfDayCodes[word.toLowerCase()] : undefined;
  return code ? `T${code}` : '';
}

function dayReading(day: CalendarDay, part: string | undefined): TimeReading {
  const suffix = partOfDay(part);
  return { type: suffix ? 'TIME' : 'DATE', value: formatDay(day) + suffix, isRelative: true };
}

/** Shifts a `{year, quarter}` by a number of quarters. */
function shiftQuarter(year: number, quarter: number, count: number): string {
  const index = year * 4 + quarter - 1 + count;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Value of "last/this/next <unit>" against the anchor. */
function shiftedUnit(unit: string, step: number, context: TimeContext): string | undefined {
  const { anchor } = context;
  switch (unit) {
    case 'day': return formatDay(addDays(anchor, step));
    case 'week': return formatWeek(addDays(anchor, 7 * step));
    case 'weekend': return `${formatWeek(addDays(anchor, 7 * step))}-WE`;
    case 'month': { const [year, month] = addMonths(anchor.year, anchor.month, step); return formatMonth(year, month); }
    case 'quarter': return shiftQuarter(anchor.year, quarterOf(anchor.month), step);
    case 'year': return pad(anchor.year + step, 4);
    case 'decade': return pad(Math.floor(anchor.year / 10) + step, 3);
    case 'century': return pad(Math.floor(anchor.year / 100) + step, 2);
    default: {
      const code = seasonCodes[unit];
      if (!code) return undefined;
      const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
      const hasStarted = anchor.month >= start;
      const year = step < 0 ? (anchor.month > start + 2 ? anchor.year : anchor.year - 1) : step > 0 ? (hasStarted ? anchor.year + 1 : anchor.year) : anchor.year;
      return `${year}-${code}`;
    }
  }
}

const presentBefore = /\b(?<!\b(?:to|had|has|have|would|could|did) )(?:meets?|begins?|starts?|opens?|arrives?|leaves?|resumes?|visits?|travels?|convenes?|flies|goes|expires?|ends)(?: \w+ly)?\s+(?:on\s+)?$/i;

const stepOf: Readonly<Record<string, number>> = {
  last: -1, past: -1, previous: -1, 'this past': -1, this: 0, current: 0, same: 0, next: 1, coming: 1, 'this coming': 1, following: 1,
};

// Words of a match around "the first/second half": scoring, play and its clock (a business half has none of them).
const matchHalf = /\b(?:scor\w*|goals?|goalless|kick(?:ed)?[- ]off|penalt\w*|header|striker|midfielder|defender|goalkeeper|keeper|equalis\w*|equaliz\w*|substitut\w*|sent off|red card|booked|minutes?|half[- ]time|match|tries|wickets?|innings|netted)\b[^.;]*$/i;

/** Relative expressions: "yesterday", "on Tuesday", "last year", "earlier this month", "now", "recently". */
export const relativeTimeRules: readonly TimeRule[] = [
  {
    id: 'dates/deictic-day',
    anchors: ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night'],
    cue: /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/i,
    pattern: timePattern(`(?:(?:late|early|mid-?) ?(?<part0>{PARTOFDAY}),? |(?:late|early) )?(?<word>today|tonight|yesterday|tomorrow)(?:(?:'s)? (?<part>{PARTOFDAY}))?|(?<this>this|last) (?<part2>{PARTOFDAY})|(?<=\\b(?:by|in|until|at|around|from) )(?:mid[- ]?|late |early )(?<part3>morning|afternoon|evening)`),
    resolve(groups, _match, context) {
      const word = (groups['word'] ?? '').toLowerCase();
      const offset = word === 'yesterday' || groups['this']?.toLowerCase() === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
      const part = word === 'tonight' || groups['this']?.toLowerCase() === 'last' ? 'night' : groups['part'] ?? groups['part2'] ?? groups['part0'] ?? groups['part3'];
      return dayReading(addDays(context.anchor, offset), part);
    },
  },
  {
    id: 'dates/weekday',
    anchors: ['day'],
    cue: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
    pattern: timePattern(`(?:(?<anaphor>the previous|the following|the next) |(?<rel>last|next|this past|this coming|this|coming|past) )?(?<weekday>{WEEKDAY})(?:(?:'s)? (?<part>{PARTOFDAY}))?`),
    resolve(groups, _match, context) {
      const name = groups['weekday'];
      const weekday = weekdayNumbers[(name ?? '').toLowerCase()];
      if (!isCapitalised(name) || weekday === undefined) return undefined;
      // "on Monday and Tuesday nights": the first of two weekdays sharing a plural part of day is a set too.
      const shared = /^,? (?:and|or) [A-Z][a-z]+day (morning|afternoon|evening|night)s\b/.exec(context.after);
      if (shared && !groups['rel'] && !groups['part']) {
        return { type: 'SET', value: `XXXX-WXX-${weekday}T${partOfDayCodes[shared[1] ?? ''] ?? ''}`, isRelative: false, direction: 'unknown' };
      }
      const anaphor = (groups['anaphor'] ?? '').toLowerCase();
      if (anaphor) {
        // "the previous Friday" counts from the day the text last named, "the following Monday" likewise.
        const base = parseCalendarDay(context.previous) ?? context.anchor;
        return dayReading(resolveWeekday(weekday, base, anaphor === 'the previous' ? 'past' : 'future', true), groups['part']);
      }
      const rel = (groups['rel'] ?? '').toLowerCase();
      // "meet separately Monday", "arrives Tuesday": a present-tense verb right before a weekday schedules it.
      const isScheduled = rel === '' && presentBefore.test(context.before);
      const isPast = rel === '' ? context.tense === 'past' && !isScheduled : (stepOf[rel] ?? 0) < 0;
      const day = resolveWeekday(weekday, context.anchor, isPast ? 'past' : 'future', rel !== '' && rel !== 'this');
      return dayReading(day, groups['part']);
    },
  },
  {
    id: 'dates/shifted-unit',
    anchors: ['week', 'month', 'quarter', 'year', 'decade', 'century', ...timeAnchors.season],
    pattern: timePattern(`(?:(?<edge>earlier|later|early|late|mid-?|the end of|the beginning of|the start of|the middle of|the) ?)?(?<rel>this past|this coming|last|this|next|coming|past|previous|current) (?:fiscal )?(?<unit>weekend|week|month|quarter|year|decade|century|{SEASON})`),
    resolve(groups, _match, context) {
      const step = stepOf[(groups['rel'] ?? '').toLowerCase()] ?? 0;
      // "This Week" with a capital inside a sentence is a title (a television programme), not a time.
      if (/^[A-Z]/.test(groups['unit'] ?? '') && context.before.trim() !== '' && !/[.!?]\s*$/.test(context.before)) return undefined;
      const unit = (groups['unit'] ?? '').toLowerCase();
      const value = unit === 'quarter' && step === -1 ? shiftQuarter(context.anchor.year, quarterOf(context.anchor.month), -1) : shiftedUnit(unit, step, context);
      if (!value) return undefined;
      // "up from $3 million last year" in a report on a quarter compares with that quarter a year before.
      const focus = context.quarterInFocus;
      if (focus && unit === 'year' && step === -1 && !groups['edge'] && /\b(?:compared with|from|versus|against)\b[^,.;]*$/i.test(context.before)) {
        return { type: 'DATE', value: shiftQuarter(focus.year, focus.quarter, -4), isRelative: true };
      }
      return { type: 'DATE', value, isRelative: true };
    },
  },
  {
    id: 'dates/the-weekend',
    anchors: ['weekend'],
    cue: /weekend/i,
    pattern: timePattern(`the weekend`),
    resolve(_groups, _match, context) {
      const isPast = context.tense === 'past' && isoWeekday(context.anchor) < 6;
      return { type: 'DATE', value: `${formatWeek(addDays(context.anchor, isPast ? -7 : 0))}-WE`, isRelative: true };
    },
  },
  {
    id: 'dates/reference',
    anchors: ['now', 'current', 'present', 'day', 'moment', 'to date', 'recent', 'lately', 'past', 'future'],
    pattern: timePattern(`(?<present>right now|now|currently|current|at present|presently|nowadays|these days|at the moment|the present|to date)|(?<past>recently|recent years|recent(?! (?:months|weeks|days))|lately|the past)|(?<future>the future|the near future|one day|some day|someday)`),
    resolve(groups, _match, context) {
      if (groups['present']?.toLowerCase() === 'current' && /^\s*(?:account|affairs|events|issue|practice)/i.test(context.after)) return undefined;
      // "the then current price" speaks of a past present.
      if (groups['present'] && /\bthen[\s-]$/i.test(context.before)) return { type: 'DATE', value: 'PAST_REF', isRelative: true, direction: 'past' };
      if (groups['future']?.toLowerCase() === 'one day' && !/^\s*(?:\w+ )?(?:will|would|might|could|may)\b|\b(?:will|would|hope|might|could)\b[^.]*$/i.test(context.before + context.after)) return undefined;
      const value = groups['present'] ? 'PRESENT_REF' : groups['past'] ? 'PAST_REF' : 'FUTURE_REF';
      return { type: 'DATE', value, isRelative: true, direction: groups['present'] ? 'present' : groups['past'] ? 'past' : 'future' };
    },
  },
  {
    id: 'dates/named-quarter',
    anchors: ['quarter', 'period'],
    cue: /quarter|period/i,
    pattern: timePattern(`(?:(?<prefix>this year's|last year's|next year's|the|this|(?:the )?(?:latest|current|past|last|recent|most recent|previous|prior|year-ago|year-earlier|comparable|comparable year-ago|comparable year-earlier|corresponding|same|fiscal)) (?:fiscal )?quarter|(?:the )?(?<period>latest|year-ago|year-earlier|comparable year-ago|corresponding|comparable|same) period)(?<ago> (?:a year (?:ago|earlier)|last year|of last year))?`),
    resolve(groups, _match, context) {
      const prefix = (groups['prefix'] ?? groups['period'] ?? '').toLowerCase().replace(/^the /, '');
      const current = quarterOf(context.anchor.month);
      if (prefix === 'current' || prefix === 'this') return { type: 'DATE', value: shiftQuarter(context.anchor.year, current, 0), isRelative: true };
      if (prefix === 'next year\'s') return { type: 'DATE', value: shiftQuarter(context.anchor.year, current, 4), isRelative: true };
      const isYearAgo = /year-ago|year-earlier|last year's/.test(prefix) || groups['ago'] !== undefined;
      // "the year-earlier period" after "the nine months" is that length of time a year before (TimeML: P9M).
      if (isYearAgo && groups['period'] && context.monthsInFocus) return { type: 'DURATION', value: `P${context.monthsInFocus}M`, isRelative: false, direction: 'past' };
      if (!isYearAgo && /^(?:corresponding|comparable|same)$/.test(prefix)) return undefined;
      const lastCompleted = { year: current === 1 ? context.anchor.year - 1 : context.anchor.year, quarter: current === 1 ? 4 : current - 1 };
      const base = /latest|past|last|recent|previous|prior/.test(prefix) && !isYearAgo ? lastCompleted : context.quarterInFocus ?? lastCompleted;
      return { type: 'DATE', value: shiftQuarter(base.year, base.quarter, isYearAgo ? -4 : 0), isRelative: true };
    },
  },
  {
    id: 'dates/ordinal-quarter',
    anchors: ['quarter', 'half'],
    cue: /quarter|half/i,
    pattern: timePattern(`(?:(?:the )?(?<yearword>this year's|last year's|next year's|(?<year>{YEAR})) )?(?:the )?(?:(?:fiscal|calendar)[- ])?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|last)[- ](?:fiscal[- ])?(?<unit>quarter|half)(?: of (?:fiscal )?(?:(?<year2>{YEAR})|(?<yearword2>this year|last year|next year)))?`),
    resolve(groups, _match, context) {
      const named = ['first', 'second', 'third', 'fourth'].indexOf((groups['ordinal'] ?? '').toLowerCase().replace(/^(\d)\w+$/, (_, d: string) => ['first', 'second', 'third', 'fourth'][Number(d) - 1] ?? ''));
      const explicit = groups['year'] ?? groups['year2'];
      const word = (groups['yearword'] ?? groups['yearword2'] ?? '').toLowerCase();
      const unit = (groups['unit'] ?? '').toLowerCase();
      // "the last half of 1989" is the second half, "the last quarter of 1989" the fourth.
      const isLast = (groups['ordinal'] ?? '').toLowerCase() === 'last';
      if (isLast && !explicit && !word) return undefined;
      // "scored twice in the second half", "the first half of a game": a half of play, not of the year.
      if (unit === 'half' && !explicit && !word && (matchHalf.test(context.before) || /^\s+(?:of (?:the |a |an )?(?:match|game|season|contest|final|session|trading|day|tie|bout|fight|race)|(?:goals?|penalt|header|strike|substitut|red card|yellow card|equali[sz]er|try|tries)\b)/i.test(context.after))) return undefined;
      const ordinal = isLast ? (unit === 'half' ? 1 : 3) : named;
      // A past-tense report of a quarter that has not begun yet speaks of last year's.
      const isLastYears = !word && unit === 'quarter' && context.tense === 'past' && ordinal + 1 > quarterOf(context.anchor.month);
      const year = explicit ? Number(explicit) : context.anchor.year + (word.startsWith('last') || isLastYears ? -1 : word.startsWith('next') ? 1 : 0);
      if (ordinal < 0 || (unit === 'half' && ordinal > 1)) return undefined;
      return { type: 'DATE', value: unit === 'half' ? `${year}-H${ordinal + 1}` : `${year}-Q${ordinal + 1}`, isRelative: !explicit };
    },
  },
  {
    id: 'dates/year-end',
    anchors: ['end'],
    cue: /end/i,
    pattern: timePattern(`(?:around |by )?(?:(?<rel>this|last|next) )?(?:(?<day>year-end)|year end|year's end|the end of (?:the |this |last |next )?(?<unit>year|month|week))`),
    resolve(groups, _match, context) {
      const rel = (groups['rel'] ?? '').toLowerCase();
      if (groups['day']) {
        // "year-end" is the last day of the year; "since year-end" the one that has passed.
        const step = rel === 'last' || (!rel && /\bsince\s+$/i.test(context.before)) ? -1 : rel === 'next' ? 1 : 0;
        return { type: 'DATE', value: `${pad(context.anchor.year + step, 4)}-12-31`, isRelative: true };
      }
      const unit = (groups['unit'] ?? 'year').toLowerCase();
      const value = shiftedUnit(unit, rel === 'last' ? -1 : rel === 'next' ? 1 : 0, context);
      return value ? { type: 'DATE', value, isRelative: true } : undefined;
    },
  },
  {
    id: 'dates/bare-season',
    anchors: ['spring', 'summer', 'autumn', 'winter'],
    cue: /spring|summer|fall|autumn|winter/i,
    pattern: timePattern(`(?:the )?(?:(?:early|late|mid-?) ?)?(?<season>spring|summer|autumn|winter)`),
    resolve(groups, match, context) {
      if (!/^the |^early|^late|^mid/i.test(match) && !/\b(?:in|during|over|through|since|until|by)\s*$/i.test(context.before)) return undefined;
      const season = (groups['season'] ?? '').toLowerCase();
      const value = shiftedUnit(season, 0, context);
      const start = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season] ?? 1;
      const year = context.tense === 'past' && start > context.anchor.month ? context.anchor.year - 1 : context.anchor.year;
      return value ? { type: 'DATE', value: `${year}${value.slice(4)}`, isRelative: true } : undefined;
    },
  },
  {
    id: 'dates/vague-reference',
    anchors: ['term', 'later date', 'as soon as possible', 'future', 'past', 'full year'],
    cue: /term|later date|soon as|future|past|full year/i,
    pattern: timePattern(`(?<future>the (?:near|short|long) term|a later date|as soon as possible|future (?:years|quarters|months))|(?<past>past (?:years|decades|months))|(?<year>the full year)`),
    resolve(groups, _match, context) {
      if (groups['year']) return { type: 'DATE', value: pad(context.anchor.year, 4), isRelative: true };
      return groups['future'] ? { type: 'DATE', value: 'FUTURE_REF', isRelative: true, direction: 'future' } : { type: 'DATE', value: 'PAST_REF', isRelative: true, direction: 'past' };
    },
  },
  {
    id: 'dates/year-quarter',
    anchors: ['quarter', 'period'],
    cue: /quarter|period/i,
    pattern: timePattern(`(?:the )?(?<year>{YEAR}) (?<unit>quarter|period)`),
    resolve(groups, _match, context) {
      if (context.monthsInFocus && groups['unit']?.toLowerCase() === 'period') return { type: 'DATE', value: groups['year'] ?? '', isRelative: false };
      const quarter = context.quarterInFocus?.quarter ?? (quarterOf(context.anchor.month) + 2) % 4 + 1;
      return { type: 'DATE', value: `${groups['year'] ?? ''}-Q${quarter}`, isRelative: true };
    },
  },
  {
    id: 'dates/year-ago-adjective',
    anchors: ['year-'],
    cue: /year-(?:ago|earlier|before)/i,
    pattern: timePattern(`(?:the )?(?:comparable )?(?:year-ago|year-earlier|year-before)(?<months> (?:six|nine) months)?`),
    resolve(groups, _match, context) {
      // "the year-earlier nine months" is a length of time (TimeML: P9M), like "the nine months" it compares with.
      const months = groups['months'] ? (/nine/i.test(groups['months']) ? 9 : 6) : undefined;
      if (months) return { type: 'DURATION', value: `P${months}M`, isRelative: false, direction: 'past' };
      const focus = context.quarterInFocus;
      return { type: 'DATE', value: focus ? `${focus.year - 1}-Q${focus.quarter}` : pad(context.anchor.year - 1, 4), isRelative: true };
    },
  },
  {
    id: 'dates/anaphoric-unit',
    anchors: ['day', 'week', 'month', 'year'],
    pattern: timePattern(`(?:the )?(?<rel>following|next|previous|prior|same|that) (?<unit>day|week|month|year)`),
    resolve(groups, _match, context) {
      const rel = (groups['rel'] ?? '').toLowerCase();
      const unit = (groups['unit'] ?? '').toLowerCase();
      const step = rel === 'following' || rel === 'next' ? 1 : rel === 'previous' || rel === 'prior' ? -1 : 0;
      const previous = context.previous ?? formatDay(context.anchor);
      const year = Number(previous.slice(0, 4));
      if (unit === 'year') return { type: 'DATE', value: pad(year + step, 4), isRelative: true };
      const month = /^\d{4}-(\d{2})/.exec(previous);
      if (unit === 'month' && month) { const [y, m] = addMonths(year, Number(month[1]), step); return { type: 'DATE', value: formatMonth(y, m), isRelative: true }; }
      const base = parseCalendarDay(previous);
      if (!base) return undefined;
      return { type: 'DATE', value: unit === 'day' ? formatDay(addDays(base, step)) : formatWeek(addDays(base, 7 * step)), isRelative: true };
    },
  },
];
