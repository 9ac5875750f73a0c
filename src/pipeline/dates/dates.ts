import { parseCalendarDay, type CalendarDay } from '../../knowledge/time/calendar-day.ts';
import type { DateMention } from '../../model/date-mention.ts';
import type { Diagnostic } from '../../model/diagnostic.ts';
import type { Stage } from '../stage.ts';
import { directionOf, granularityOf } from './describe-time-value.ts';
import { findTimeExpressions } from './find-time-expressions.ts';

// Stands in for a missing publication date so rules still find extents; relative values are then dropped.
const placeholderAnchor: CalendarDay = { year: 2000, month: 1, day: 1 };

/** Finds time expressions and normalises them against `doc.meta.published` (TimeML TIMEX3 values). */
export const dates: Stage = {
  name: 'dates',
  needs: ['segment'],
  run(doc) {
    const anchor = parseCalendarDay(doc.meta.published);
    const expressions = findTimeExpressions(doc.text, anchor ?? placeholderAnchor, doc.sentences.map((s) => s.span));
    const mentions: DateMention[] = expressions.map((found, index) => {
      const isReference = /_REF$/.test(found.value);
      const value = found.isRelative && !anchor && !isReference ? undefined : found.value;
      return {
        id: `date-${index + 1}`,
        text: found.text,
        span: found.span,
        type: found.type,
        ...(value === undefined ? {} : { value }),
        granularity: granularityOf(found.type, value),
        direction: found.direction ?? (value === undefined ? 'unknown' : directionOf(value, anchor)),
        isRelative: found.isRelative,
        rule: found.rule,
        confidence: isReference ? 0.6 : found.isRelative ? 0.8 : 0.9,
      };
    });
    const diagnostics: Diagnostic[] = [];
    if (!anchor && mentions.some((m) => m.isRelative)) {
      diagnostics.push({
        severity: 'warning',
        source: 'dates',
        code: doc.meta.published ? 'dates/unreadable-publication-date' : 'dates/no-publication-date',
        message: doc.meta.published
          ? `Expected an ISO date for the publication date, got \`${doc.meta.published}\`: relative dates were left unresolved.`
          : 'No publication date was given, so relative dates ("on Tuesday", "last year") were left unresolved; pass `published`.',
      });
    }
    return { dates: mentions, diagnostics };
  },
};
