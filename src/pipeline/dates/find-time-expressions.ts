import { quarterOf, type CalendarDay } from '../../knowledge/time/calendar-day.ts';
import type { Span } from '../../model/span.ts';
import { absoluteTimeRules } from './absolute-time-rules.ts';
import { clauseTense } from './clause-tense.ts';
import { clockTimeRules } from './clock-time-rules.ts';
import { durationTimeRules } from './duration-time-rules.ts';
import { relativeTimeRules } from './relative-time-rules.ts';
import { anchorIndex, collectRuleMatches, mayMatch, type RuleMatch, textLines } from './rule-matches.ts';
import type { TimeContext, TimeReading, TimeRule } from './time-rule.ts';

/** Every rule, most specific first: on equal extents the earlier rule wins. */
export const timeRules: readonly TimeRule[] = [...clockTimeRules, ...absoluteTimeRules, ...relativeTimeRules, ...durationTimeRules];

/** One found time expression with its reading and the rule that produced it. */
export interface TimeExpression extends Omit<TimeReading, 'direction'> {
  /** Undefined when the value says it (as in `TimeReading`); always present, so every expression has one shape. */
  readonly direction: TimeReading['direction'] | undefined;
  readonly span: Span;
  readonly text: string;
  readonly rule: string;
}

// How far (in characters) a named quarter stays the reference for "a year earlier" and "the quarter".
const focusReach = 1500;
// How far (in characters) on each side of an expression the tense markers are looked for.
const tenseReach = 90;

// Rules sharing a cue (the five month rules) test it once per text: each rule's slot among the distinct cues.
const cueSources = [...new Set(timeRules.map((rule) => (rule.cue ? `${rule.cue.flags}/${rule.cue.source}` : '')))];
const cueSlot = timeRules.map((rule) => cueSources.indexOf(rule.cue ? `${rule.cue.flags}/${rule.cue.source}` : ''));
const ruleAnchors = anchorIndex(timeRules);

/**
 * Finds and normalises time expressions in `text`. Each rule scans the text once (or only the lines holding its
 * anchors); overlapping candidates keep the longest, and the resolvers run in text order so "a year earlier" can see
 * the quarter just named.
 */
export function findTimeExpressions(text: string, anchor: CalendarDay, sentences: readonly Span[]): TimeExpression[] {
  const candidates: RuleMatch[] = [];
  const lines = textLines(text, ruleAnchors);
  // Per distinct cue: 0 not tested yet, 1 present, 2 absent.
  const cues = new Uint8Array(cueSources.length);
  for (let order = 0; order < timeRules.length; order++) {
    const rule = timeRules[order] as TimeRule;
    const anchors = ruleAnchors.ruleAnchors[order];
    if (!mayMatch(anchors, lines)) continue;
    const slot = cueSlot[order] as number;
    if (rule.cue && cues[slot] === 0) cues[slot] = rule.cue.test(text) ? 1 : 2;
    if (rule.cue && cues[slot] === 2) continue;
    collectRuleMatches(rule, order, ruleAnchors, text, lines, candidates);
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const found: TimeExpression[] = [];
  let quarterInFocus: TimeContext['quarterInFocus'];
  let monthsInFocus: number | undefined;
  let previous: string | undefined;
  let focusAt = Number.NEGATIVE_INFINITY;
  let sentenceIndex = 0;
  for (const candidate of candidates) {
    const last = found[found.length - 1];
    if (last && candidate.start < last.span.end) continue;
    while (sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex]?.end ?? 0) <= candidate.start) sentenceIndex++;
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length };
    // The clause around the expression: the sentence, cut to a window so long sentences stay cheap.
    const from = Math.max(Math.min(sentence.start, candidate.start), candidate.start - tenseReach);
    const to = Math.min(Math.max(sentence.end, candidate.end), candidate.end + tenseReach);
    let tense: 'past' | 'future' | undefined;
    const context: TimeContext = {
      anchor,
      // Tense is read only by the rules that need it (weekdays, bare months), so it is computed on demand, once.
      get tense() {
        return (tense ??= clauseTense(text.slice(from, to), candidate.start - from, candidate.end - from));
      },
      quarterInFocus: candidate.start - focusAt < focusReach ? quarterInFocus : undefined,
      monthsInFocus: candidate.start - focusAt < focusReach ? monthsInFocus : undefined,
      previous,
      before: text.slice(Math.max(0, candidate.start - 60), candidate.start),
      after: text.slice(candidate.end, candidate.end + 30),
    };
    const matched = text.slice(candidate.start, candidate.end);
    const reading = candidate.rule.resolve(candidate.groups, matched, context);
    if (!reading) continue;
    const quarter = /^(\d{4})-Q([1-4])$/.exec(reading.value);
    // A quarter the report is about ("the third quarter", "the latest quarter"), not one it compares with.
    const isQuarterInFocus = candidate.rule.id === 'dates/ordinal-quarter' || (candidate.rule.id === 'dates/named-quarter' && !/year|ago|earlier|prior|previous|comparable|same|corresponding/i.test(matched));
    // A forecast ("costs rising through the second quarter of 2031") names a quarter to come, not the one reported on.
    const isReported = quarter !== null && Number(quarter[1]) * 4 + Number(quarter[2]) <= anchor.year * 4 + quarterOf(anchor.month);
    if (quarter && isQuarterInFocus && isReported) {
      quarterInFocus = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
      monthsInFocus = undefined;
      focusAt = candidate.end;
    }
    // A year-to-date period ("the first nine months") takes over: "a year earlier" is then last year, not a quarter.
    const months = /^P([69])M$/.exec(reading.value);
    if (months && /^(?:the )?(?:first |latest )?(?:six|nine|6|9) months$/i.test(matched)) {
      monthsInFocus = Number(months[1]);
      quarterInFocus = undefined;
      focusAt = candidate.end;
    }
    if (reading.type === 'DATE' && /^\d{4}(?:-\d{2}){0,2}$/.test(reading.value)) previous = reading.value;
    // One literal, not a spread of the rule's reading: the resolvers build readings of many shapes, and one shape here
    // keeps the stage's later reads of these objects monomorphic.
    found.push({
      type: reading.type,
      value: reading.value,
      isRelative: reading.isRelative,
      direction: reading.direction,
      span: { start: candidate.start, end: candidate.end },
      text: matched,
      rule: candidate.rule.id,
    });
  }
  return found;
}
