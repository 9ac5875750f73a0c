import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../analyzer.ts';
import { segment } from '../segment/segment.ts';
import { dates } from './dates.ts';

const analyzer = await createAnalyzer({}, [segment, dates]);

function readings(text: string, published?: string): string[] {
  return analyzer.analyze(text, published ? { published } : {}).dates.map((d) => `${d.text}=${d.value ?? '?'}`);
}

describe('dates stage', () => {
  it("resolves 'on Tuesday' to the day before a Wednesday publication", () => {
    assert.deepEqual(readings('The envoy landed on Tuesday.', '2025-06-18'), ['Tuesday=2025-06-17']);
  });

  it("resolves 'next Tuesday' to the Tuesday after publication", () => {
    assert.deepEqual(readings('The envoy will land next Tuesday.', '2025-06-18'), ['next Tuesday=2025-06-24']);
  });

  it('places a bare weekday after publication when the clause speaks of the future', () => {
    assert.deepEqual(readings('The court will rule on Friday.', '2025-06-18'), ['Friday=2025-06-20']);
  });

  it('reads "expected in March" as the coming March, and "was expected in March" as the last one', () => {
    assert.deepEqual(readings('The verdict is expected in March.', '2025-09-18'), ['March=2026-03']);
    assert.deepEqual(readings('The verdict was expected in March.', '2025-09-18'), ['March=2025-03']);
  });

  it('normalises years, decades, months and weeks to TimeML values', () => {
    assert.deepEqual(readings('Sales fell last year, as in the 1990s, and again last month and last week.', '2025-06-18'), [
      'last year=2024', 'the 1990s=199', 'last month=2025-05', 'last week=2025-W24',
    ]);
  });

  it('gives durations ISO 8601 period values, vague ones with X', () => {
    assert.deepEqual(readings('The siege lasted two weeks, then a few days more, then 24 hours.', '2025-06-18'), [
      'two weeks=P2W', 'a few days=PXD', '24 hours=PT24H',
    ]);
  });

  it('keeps absolute dates without a publication date and leaves relative ones unresolved with a diagnostic', () => {
    const doc = analyzer.analyze('The treaty of March 3, 1999 was signed again on Tuesday.', {});
    assert.deepEqual(doc.dates.map((d) => d.value), ['1999-03-03', undefined]);
    assert.equal(doc.diagnostics.find((d) => d.source === 'dates')?.code, 'dates/no-publication-date');
  });

  it('quotes an unreadable publication date in its diagnostic', () => {
    const doc = analyzer.analyze('The vote was held yesterday.', { published: 'yesterdayy' });
    assert.match(doc.diagnostics.find((d) => d.source === 'dates')?.message ?? '', /`yesterdayy`/);
  });

  it('does not read the modal verb or a lower-case word as a month', () => {
    assert.deepEqual(readings('They may march on the capital.', '2025-06-18'), []);
  });
});
