import { addDays, addMonths, formatDay, formatMonth, pad } from '../../knowledge/time/calendar-day.ts';
import { durationUnits, parseCount, partOfDayCodes, singularUnit, weekdayNumbers } from '../../knowledge/time/time-words.ts';
import { monthOf } from './absolute-time-rules.ts';
import { timeAnchors, timePattern, type TimeContext, type TimeReading, type TimeRule } from './time-rule.ts';

// Where a fraction of a unit goes: half a year is six months, half a minute thirty seconds.
const fractionUnits: Readonly<Record<string, { readonly code: string; readonly per: number; readonly isTime: boolean }>> = {
  Y: { code: 'M', per: 12, isTime: false }, W: { code: 'D', per: 7, isTime: false }, D: { code: 'H', per: 24, isTime: true },
  H: { code: 'M', per: 60, isTime: true }, M: { code: 'S', per: 60, isTime: true },
};

/** TimeML duration value: "two weeks" → P2W, "24 hours" → PT24H, "a few days" → PXD, "2 1/2 years" → P2Y6M. */
export function durationValue(count: number | undefined, unitWord: string): string | undefined {
  const unit = durationUnits[singularUnit(unitWord)];
  if (!unit) return undefined;
  if (count === undefined) return `P${unit.isTime ? 'T' : ''}X${unit.code}`;
  const amount = +(count * (unit.factor ?? 1)).toFixed(2);
  const whole = Math.floor(amount);
  const smaller = fractionUnits[unit.code];
  const rest = smaller && whole > 0 && (unit.code !== 'M' || unit.isTime) ? +((amount - whole) * smaller.per).toFixed(2) : 0;
  if (!smaller || rest === 0 || !Number.isInteger(rest)) return `P${unit.isTime ? 'T' : ''}${amount}${unit.code}`;
  const tail = `${smaller.isTime && !unit.isTime ? 'T' : ''}${rest}${smaller.code}`;
  return `P${unit.isTime ? 'T' : ''}${whole}${unit.code}${tail}`;
}

// TimeML duration units from the largest down; a compound duration names each at most once, in this order.
const unitOrder = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
const countedUnit = timePattern(`(?<count>{NUM}) (?<unit>{UNIT})`);

/** "2 hours, 1 minute and 9 seconds" → PT2H1M9S; undefined unless every part is counted and the units fall. */
function compoundDurationValue(match: string): string | undefined {
  let date = '';
  let time = '';
  let rank = -1;
  for (const part of match.replace(/-/g, ' ').matchAll(countedUnit)) {
    const count = parseCount((part.groups?.['count'] ?? '').toLowerCase());
    const value = count === undefined || !Number.isInteger(count) ? undefined : durationValue(count, part.groups?.['unit'] ?? '');
    const piece = value === undefined ? null : /^P(T?)(\d+)([YMWDHS])$/.exec(value);
    if (!piece) return undefined;
    const next = unitOrder.indexOf(`${piece[1] ?? ''}${piece[3] ?? ''}`);
    if (next <= rank) return undefined;
    rank = next;
    if (piece[1]) time += `${piece[2] ?? ''}${piece[3] ?? ''}`;
    else date += `${piece[2] ?? ''}${piece[3] ?? ''}`;
  }
  return date || time ? `P${date}${time ? `T${time}` : ''}` : undefined;
}

/** The point "count units" before (negative) or after the anchor, at the unit's own granularity. */
function shiftedPoint(count: number | undefined, unitWord: string, sign: number, context: TimeContext): TimeReading {
  const unit = singularUnit(unitWord);
  const direction = sign < 0 ? 'past' : 'future';
  if (count === undefined) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', isRelative: true, direction };
  const { anchor } = context;
  const whole = Math.round(count);
  switch (unit) {
    case 'day': return { type: 'DATE', value: formatDay(addDays(anchor, sign * whole)), isRelative: true };
    case 'week': case 'fortnight': return { type: 'DATE', value: formatDay(addDays(anchor, sign * whole * (unit === 'week' ? 7 : 14))), isRelative: true };
    case 'month': { const [year, month] = addMonths(anchor.year, anchor.month, sign * whole); return { type: 'DATE', value: formatMonth(year, month), isRelative: true }; }
    case 'year': {
      const focus = context.quarterInFocus;
      // In earnings copy "a year earlier" compares with the same quarter of the year before.
      if (whole === 1 && sign < 0 && focus) return { type: 'DATE', value: `${focus.year - 1}-Q${focus.quarter}`, isRelative: true };
      return { type: 'DATE', value: pad(anchor.year + sign * whole, 4), isRelative: true };
    }
    case 'decade': return { type: 'DATE', value: pad(Math.floor((anchor.year + sign * whole * 10) / 10), 3), isRelative: true };
    case 'century': return { type: 'DATE', value: pad(Math.floor((anchor.year + sign * whole * 100) / 100), 2), isRelative: true };
    default: return { type: 'TIME', value: formatDay(anchor), isRelative: true };
  }
}

/** Durations and distances in time: "two weeks", "the past three months", "two years ago", "a day later", "daily". */
export const durationTimeRules: readonly TimeRule[] = [
  {
    id: 'dates/ago',
    anchors: timeAnchors.unit,
    cue: /\b(?:ago|earlier|before|back|later|after|from now|hence)\b/i,
    pattern: timePattern(`(?:{APPROX} )?(?:(?<count>{NUM}) )?(?<unit>{UNIT})(?: or so)? (?<dir>ago|earlier|before|back|later|after|from now|hence)`),
    resolve(groups, _match, context) {
      const dir = (groups['dir'] ?? '').toLowerCase();
      if ((dir === 'before' || dir === 'after') && !/^\s*[,.;]|^\s*$/.test(context.after)) return undefined;
      const unit = singularUnit(groups['unit'] ?? '');
      const countText = groups['count'];
      if (!countText && !/s$/i.test(groups['unit'] ?? '')) return undefined;
      const count = countText ? parseCount(countText) : undefined;
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back' ? -1 : 1;
      const isDistance = dir !== 'ago' && dir !== 'from now' && dir !== 'hence';
      if (isDistance && unit !== 'year' && unit !== 'month') {
        const value = durationValue(count, unit);
        return value ? { type: 'DURATION', value, isRelative: false, direction: 'unknown' } : undefined;
      }
      return shiftedPoint(count, unit, sign, context);
    },
  },
  {
    // "two hours, one minute and nine seconds", "three years and four months": one length, written in falling units.
    id: 'dates/compound-duration',
    anchors: timeAnchors.unit,
    cue: /(?:second|minute|hour|day|week|month|year)s?,? (?:and )?\w/i,
    pattern: timePattern(`(?:{APPROX} )?{NUM}[- ]{UNIT}(?:,? (?:and )?{NUM} {UNIT}){1,3}`),
    resolve(_groups, match, context) {
      // "for three days, two hours ago" is two expressions; a list of lengths ends in "and".
      if (/,/.test(match) && !/ and [^,]*$/.test(match)) return undefined;
      if (/^\s*(?:ago|earlier|later|before|after|from now|hence|-?old)\b/i.test(context.after)) return undefined;
      const value = compoundDurationValue(match);
      return value ? { type: 'DURATION', value, isRelative: false, direction: 'unknown' } : undefined;
    },
  },
  {
    id: 'dates/duration',
    anchors: timeAnchors.unit,
    pattern: timePattern(`(?:{APPROX} )?(?:(?:the|a|an) )?(?:(?<span>first|last|past|next|coming|previous|final|following|remaining|initial|latest|full|entire) )?(?<count>{NUM}|couple of)(?<half>(?: |-)and(?: |-)a(?: |-)half| 1/2)?[- ](?:(?:more|additional|further|extra|trading|business|working) )?(?<unit>{UNIT})(?:-long)?(?<halfAfter> and a half)?`),
    resolve(groups, match, context) {
      const countText = (groups['count'] ?? '').toLowerCase();
      const whole = parseCount(countText);
      // "two and a half years", "2 1/2 years", "an hour and a half".
      const unitWord = groups['unit'] ?? '';
      // "a months-long standoff": an article before a plural unit counts no number of them.
      const isUncounted = /^(?:a|an)$/.test(countText) && /s$/i.test(unitWord);
      const count = isUncounted ? undefined : whole !== undefined && (groups['half'] || groups['halfAfter']) ? whole + 0.5 : whole;
      if (/^\s*-?old\b/i.test(context.after)) return undefined;
      // "three-quarters of its food", "a quarter of the market", "cut rates by a quarter point" are fractions; "a second group" an ordinal.
      if (/^quarters?$/i.test(unitWord) && !groups['span'] && /^(?:\s+of\b|[\s-]+(?:percentage[\s-]+)?points?\b)/i.test(context.after)) return undefined;
      if (/^second$/i.test(unitWord) && /^(?:a|an)$/.test(countText) && /^\s+[a-z]/.test(context.after) && !/^\s+(?:later|earlier|ago|before|after|or|and|of|to|in|for)\b/.test(context.after)) return undefined;
      const value = durationValue(count, unitWord);
      if (!value) return undefined;
      const isRate = /^(?:a|an)$/.test(countText) && !groups['span'] && /(?:\d|million|billion|percent|%|times|once|twice)\S*\s+$/i.test(context.before);
      if (isRate) return { type: 'SET', value, isRelative: false, direction: 'unknown' };
      const span = (groups['span'] ?? '').toLowerCase();
      // "will be repaid in five years" names a point in time, not a length.
      if (!span && count !== undefined && /\bin\s+$/i.test(context.before) && context.tense === 'future') return shiftedPoint(count, unitWord, 1, context);
      const direction = span === 'last' || span === 'past' || span === 'previous' ? 'past' : span === 'next' || span === 'coming' || span === 'following' ? 'future' : 'unknown';
      return { type: 'DURATION', value, isRelative: false, direction };
    },
  },
  {
    id: 'dates/vague-duration',
    anchors: timeAnchors.unit,
    pattern: timePattern(`(?:the )?(?:(?<span>last|past|next|coming|previous) )?(?<count>few|several|many|a few|some|recent|coming) (?<unit>{UNIT})`),
    resolve(groups) {
      const unit = groups['unit'] ?? '';
      if (!/s$/i.test(unit)) return undefined;
      const value = durationValue(undefined, unit);
      const span = (groups['span'] ?? '').toLowerCase();
      const isAhead = span === 'next' || span === 'coming' || (groups['count'] ?? '').toLowerCase() === 'coming';
      return value ? { type: 'DURATION', value, isRelative: false, direction: isAhead ? 'future' : span ? 'past' : 'unknown' } : undefined;
    },
  },
  {
    id: 'dates/bare-plural-duration',
    anchors: ['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'hours'],
    cue: /\b(?:for|over|in|within|after|took|lasting|the) (?:(?:first|final|last|early|opening|closing) )?(?:days|weeks|months|years|decades|centuries|hours)\b|(?:weeks|months|years|days) ahead/i,
    pattern: timePattern(`(?<=\\b(?:for|over|within|after|took|lasting|in) )(?<unit>days|weeks|months|years|decades|centuries|hours)(?! (?:of|ago|earlier|later|before|after|old)\\b)|the (?<unit2>days|weeks|months|years) ahead|(?<=\\bover )the (?<unit3>years|decades|months)|the (?:first|final|early|opening|closing) (?<unit4>hours|days|weeks|months|years)`),
    resolve(groups) {
      // "for years", "over the years", "the first hours of the war": a vague length of time.
      const value = durationValue(undefined, groups['unit'] ?? groups['unit2'] ?? groups['unit3'] ?? groups['unit4'] ?? '');
      return value ? { type: 'DURATION', value, isRelative: false, direction: groups['unit2'] ? 'future' : 'unknown' } : undefined;
    },
  },
  {
    id: 'dates/the-year',
    anchors: ['year', 'month', 'week'],
    cue: /the (?:fiscal |calendar )?(?:year|month|week)/i,
    pattern: timePattern(`the (?:(?<fiscal>fiscal|calendar) )?(?<unit>year|month|week)`),
    resolve(groups, _match, context) {
      if (/^\s*(?:ended|ending|through|to date)\b/i.test(context.after)) return { type: 'DURATION', value: `P1${(groups['unit'] ?? 'y')[0]?.toUpperCase() ?? 'Y'}`, isRelative: false, direction: 'past' };
      if ((groups['unit'] ?? '').toLowerCase() !== 'year' || /^\s*(?:'s|of|in|before|after|when|that)\b/i.test(context.after)) return undefined;
      return { type: 'DATE', value: pad(context.anchor.year, 4), isRelative: true };
    },
  },
  {
    id: 'dates/set',
    anchors: ['weekly', 'monthly', 'yearly', 'nightly', 'hourly', 'every', 'each', 'per', 'day'],
    cue: /weekly|monthly|yearly|nightly|hourly|every|each|per|days\b|day (?:morning|afternoon|evening|night)s\b/i,
    pattern: timePattern(`(?<adverb>weekly|monthly|yearly|nightly|hourly)|(?:every|each|per) (?:other )?(?:(?<unit>day|week|month|quarter|year|morning|night|evening|{WEEKDAY})|(?<month>{MONTHFULL}))|(?<weekdays>{WEEKDAY})(?:s(?: (?<part>{PARTOFDAY})s?)?| (?<parts>{PARTOFDAY})s)`),
    resolve(groups) {
      const month = monthOf(groups['month']);
      if (month !== undefined) return { type: 'SET', value: `XXXX-${pad(month, 2)}`, isRelative: false, direction: 'unknown' };
      const weekdays = weekdayNumbers[(groups['weekdays'] ?? '').toLowerCase()];
      if (weekdays !== undefined) {
        const part = partOfDayCodes[(groups['part'] ?? groups['parts'] ?? '').toLowerCase()];
        return { type: 'SET', value: `XXXX-WXX-${weekdays}${part ? `T${part}` : ''}`, isRelative: false, direction: 'unknown' };
      }
      const word = (groups['adverb'] ?? groups['unit'] ?? '').toLowerCase();
      const values: Record<string, string> = {
        weekly: 'XXXX-WXX', monthly: 'XXXX-XX', yearly: 'XXXX', nightly: 'XXXX-XX-XXTNI', night: 'XXXX-XX-XXTNI',
        hourly: 'PT1H', morning: 'XXXX-XX-XXTMO', evening: 'XXXX-XX-XXTEV',
      };
      const weekday = weekdayNumbers[word];
      const unit = groups['unit'] ? durationValue(1, word) : undefined;
      const value = weekday !== undefined ? `XXXX-WXX-${weekday}` : unit ?? values[word] ?? 'XXXX';
      return { type: 'SET', value, isRelative: false, direction: 'unknown' };
    },
  },
];
