import { formatDay, formatMonth, pad } from '../../knowledge/time/calendar-day.ts';
import { monthNumbers, ordinalWords, seasonCodes } from '../../knowledge/time/time-words.ts';
import { chooseMonthYear, chooseYear } from './choose-year.ts';
import { isCapitalised, parseYear, timeAnchors, timePattern, type TimeContext, type TimeRule } from './time-rule.ts';

/** Month number of a written month ("Sept." → 9), or undefined when it is lower-case ("may", "march"). */
export function monthOf(word: string | undefined): number | undefined {
  if (!isCapitalised(word)) return undefined;
  return monthNumbers[(word ?? '').toLowerCase().replace('.', '')];
}

/** Day of month from "4", "4th", "eighth", "twenty-first". */
export function dayOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  const digits = /^(\d+)/.exec(lower);
  if (digits) return Number(digits[1]);
  const [tens, unit] = lower.includes('-') ? lower.split('-') : ['', lower];
  const ones = ordinalWords[unit ?? ''];
  if (ones === undefined) return undefined;
  return (tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : 0) + ones;
}

// "by February", "until March 1", "from August 6": a deadline or a start, as often ahead as behind in a past-tense report.
const boundaryBefore = /\b(?:by|until|till|through|effective|starting|from)\s+$/i;

/** Which side of publication a calendar date may lean to: none when it follows a deadline word in a past clause. */
function leanOf(context: TimeContext): 'past' | 'future' | 'either' {
  return context.tense === 'past' && boundaryBefore.test(context.before) ? 'either' : context.tense;
}

const modifierWords = 'early|late|mid-?|the (?:middle|end|beginning|start|first half|second half) of';
const modifierGroup = `(?<mod>${modifierWords})`;

const resolveCalendarDate: TimeRule['resolve'] = (groups, _match, context) => {
  const month = monthOf(groups['month']);
  const day = dayOf(groups['day']);
  if (month === undefined || day === undefined || day > 31) return undefined;
  const explicit = parseYear(groups['year']);
  const year = explicit ?? chooseYear(month, day, context.anchor, leanOf(context));
  return { type: 'DATE', value: formatDay({ year, month, day }), isRelative: explicit === undefined };
};

/** Calendar dates with a named month: "June 4", "Saturday, April 25", "4 June 2025", "March eighth". */
export const absoluteTimeRules: readonly TimeRule[] = [
  {
    id: 'dates/month-day',
    anchors: timeAnchors.month,
    cue: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    pattern: timePattern(`(?:(?:this coming |this |next |last )?{WEEKDAY},? )?(?:the )?(?<month>{MONTH}) (?:the )?(?<day>{DAYNUM})(?:(?:,\\s*|\\s+)(?<year>{YEAR}))?`),
    resolve: resolveCalendarDate,
  },
  {
    id: 'dates/day-month',
    anchors: timeAnchors.month,
    cue: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    pattern: timePattern(`(?:the )?(?<day>{DAYNUM}) (?:of )?(?<month>{MONTH})(?:,? (?<year>{YEAR}))?`),
    resolve: resolveCalendarDate,
  },
  {
    id: 'dates/month-year',
    anchors: timeAnchors.month,
    cue: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    pattern: timePattern(`(?:${modifierGroup} ?)?(?<month>{MONTH}),? (?:of )?(?<year>{YEAR})`),
    resolve(groups) {
      const month = monthOf(groups['month']);
      const year = parseYear(groups['year']);
      return month === undefined || year === undefined ? undefined : { type: 'DATE', value: formatMonth(year, month), isRelative: false };
    },
  },
  {
    id: 'dates/month-relative-year',
    anchors: timeAnchors.month,
    cue: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    pattern: timePattern(`(?:${modifierGroup} ?)?(?<month>{MONTHFULL}),? (?:of )?(?<rel>last|this|next) year`),
    resolve(groups, _match, context) {
      const month = monthOf(groups['month']);
      const rel = (groups['rel'] ?? '').toLowerCase();
      const year = context.anchor.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      return month === undefined ? undefined : { type: 'DATE', value: formatMonth(year, month), isRelative: true };
    },
  },
  {
    id: 'dates/month',
    anchors: timeAnchors.month,
    cue: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    pattern: timePattern(`(?:(?:(?<rel>this past|this coming|this|last|next)|${modifierGroup}) ?)?(?<month>{MONTHFULL})`),
    resolve(groups, match, context) {
      const month = monthOf(groups['month']);
      if (month === undefined) return undefined;
      // "May" opening a sentence is more often the modal verb than the month.
      if (month === 5 && match === 'May' && /[.!?"]\s*$|^\s*$/.test(context.before) && /^\s+[a-z]/.test(context.after)) return undefined;
      const rel = (groups['rel'] ?? '').toLowerCase();
      const year = rel ? chooseMonthYear(month, context.anchor, context.tense, rel) : chooseYear(month, 15, context.anchor, leanOf(context));
      return { type: 'DATE', value: formatMonth(year, month), isRelative: true };
    },
  },
  {
    id: 'dates/season-year',
    anchors: timeAnchors.season,
    cue: /spring|summer|fall|autumn|winter/i,
    pattern: timePattern(`(?:(?:early|late|mid-?) ?)?(?:the )?(?<season>{SEASON}) (?:of )?(?<year>{YEAR})`),
    resolve(groups) {
      const code = seasonCodes[(groups['season'] ?? '').toLowerCase()];
      const year = parseYear(groups['year']);
      return code && year !== undefined ? { type: 'DATE', value: `${year}-${code}`, isRelative: false } : undefined;
    },
  },
  {
    id: 'dates/year',
    anchors: timeAnchors.year,
    pattern: timePattern(`(?:(?<prefix>fiscal|calendar|the fiscal year|the year|${modifierWords}) ?)?(?<year>{YEAR})(?!\\s?(?:percent|years|months|days|people|troops|soldiers|workers|men|women|cars|units|shares|points|feet|metres|meters|miles|tons|tonnes|kilometers|kilometres|dollars|euros|yen|votes|homes|jobs|students|residents|members|employees|delegates|pages))`),
    resolve(groups, _match, context) {
      if (/[$£€¥#]\s*$|\d[\s,.]$/.test(context.before)) return undefined;
      const year = parseYear(groups['year']);
      return year === undefined ? undefined : { type: 'DATE', value: pad(year, 4), isRelative: false };
    },
  },
  {
    id: 'dates/decade',
    anchors: ['0s', "0's", 'ties'],
    cue: /0'?s\b|ties\b/i,
    pattern: timePattern(`(?:the )?(?:(?:early|late|mid-?) ?)?(?:(?<century>1[6-9]|20)(?<decade>\\d)0'?s|'(?<short>\\d)0'?s|(?:nineteen )?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`),
    resolve(groups, _match, context) {
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const fromWord = groups['word'] ? String(words.indexOf(groups['word'].toLowerCase()) + 2) : undefined;
      const decade = groups['decade'] ?? groups['short'] ?? fromWord;
      const century = groups['century'] ?? (Number(decade) * 10 > (context.anchor.year % 100) + 5 ? pad(Math.floor(context.anchor.year / 100) - 1, 2) : pad(Math.floor(context.anchor.year / 100), 2));
      return decade === undefined ? undefined : { type: 'DATE', value: `${century}${decade}`, isRelative: !groups['century'] };
    },
  },
  {
    id: 'dates/century',
    anchors: ['century'],
    cue: /century/i,
    pattern: timePattern(`(?:the )?(?:(?:early|late|mid-?) ?)?(?<ordinal>\\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[- ]century`),
    resolve(groups) {
      const ordinal = dayOf(groups['ordinal']);
      return ordinal === undefined ? undefined : { type: 'DATE', value: pad(ordinal - 1, 2), isRelative: false };
    },
  },
];
