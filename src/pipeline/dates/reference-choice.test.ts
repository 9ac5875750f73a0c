import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../analyzer.ts';
import { segment } from '../segment/segment.ts';
import { dates } from './dates.ts';

const analyzer = await createAnalyzer({}, [segment, dates]);

function readings(text: string, published: string): string[] {
  return analyzer.analyze(text, { published }).dates.map((d) => `${d.text}=${d.value ?? '?'}`);
}

describe('dates: which reference a relative expression counts from', () => {
  it('puts a bare month after publication when the clause says it will happen', () => {
    assert.deepEqual(readings('The observatory will open its new dome in November.', '2031-02-10'), ['November=2031-11']);
  });

  it('lets a date after "by" or "from" fall on whichever side of publication is nearer, even in a past-tense clause', () => {
    assert.deepEqual(readings('The lender said the loan must be repaid by February.', '2031-10-20'), ['February=2032-02']);
    assert.deepEqual(readings('The ministry said the new fares apply from August 6.', '2031-02-13'), ['August 6=2031-08-06']);
    assert.deepEqual(readings('The ministry said fares rose on August 6.', '2031-02-13'), ['August 6=2030-08-06']);
  });

  it('does not read a passive "be paid" or the verb "succeed" as past tense', () => {
    assert.deepEqual(readings('The bonus would be paid on a date in January.', '2031-10-20'), ['January=2032-01']);
    assert.deepEqual(readings('Ms. Ortega will succeed the founder March 1.', '2031-10-20'), ['March 1=2032-03-01']);
  });

  it('compares "a year earlier" with the same quarter once a report names its latest quarter', () => {
    assert.deepEqual(readings('Pellworth earned $9 million in the latest quarter, up from $7 million a year earlier.', '2031-10-20'), [
      'the latest quarter=2031-Q3', 'a year earlier=2030-Q3',
    ]);
  });

  it('reads "last year" after "compared with" as the year-ago quarter in a quarterly report', () => {
    assert.deepEqual(readings('In the third quarter, Pellworth earned $9 million, compared with a loss of $2 million last year.', '2031-10-20'), [
      'the third quarter=2031-Q3', 'last year=2030-Q3',
    ]);
  });

  it('reads comparisons after "the first nine months" as last year and "the year-earlier period" as nine months', () => {
    assert.deepEqual(readings('In the third quarter, sales rose. For the first nine months, Pellworth earned $30 million, up from $25 million a year earlier. In the year-earlier period, it also sold a mill.', '2031-10-20'), [
      'the third quarter=2031-Q3', 'the first nine months=P9M', 'a year earlier=2030', 'the year-earlier period=P9M',
    ]);
    assert.deepEqual(readings('For the nine months, net fell. Profit in the year-earlier nine months had a one-off gain. Net in the 2030 period was lower.', '2031-10-20'), [
      'the nine months=P9M', 'the year-earlier nine months=P9M', 'the 2030 period=2030',
    ]);
  });

  it('keeps the reported quarter in focus when a forecast names a quarter to come', () => {
    assert.deepEqual(readings('In the third quarter, Pellworth earned $9 million. Analysts see losses through the second quarter of 2032. In the year-ago period, it earned $7 million.', '2031-10-20'), [
      'the third quarter=2031-Q3', 'the second quarter of 2032=2032-Q2', 'the year-ago period=2030-Q3',
    ]);
  });

  it('places a weekday after publication when a present-tense verb schedules it, not after "had been due to"', () => {
    assert.deepEqual(readings('The two envoys meet separately Monday with the mediator.', '2031-10-22'), ['Monday=2031-10-27']);
    assert.deepEqual(readings('The offer had been due to expire Friday.', '2031-10-22'), ['Friday=2031-10-17']);
  });

  it('counts "the previous Friday" from the day the text last named, not from publication', () => {
    assert.deepEqual(readings('Shares closed at 410 on Oct. 17, 2031, up from 398 the previous Friday.', '2031-10-20'), [
      'Oct. 17, 2031=2031-10-17', 'the previous Friday=2031-10-10',
    ]);
    assert.deepEqual(readings('The talks began on June 2, 2031, and ended the following Friday.', '2031-06-18'), [
      'June 2, 2031=2031-06-02', 'the following Friday=2031-06-06',
    ]);
    assert.deepEqual(readings('He said that Monday\'s vote was close.', '2031-06-18'), ['Monday=2031-06-16']);
  });
});

describe('dates: TimeML value conventions', () => {
  it('writes half units as the next smaller unit', () => {
    assert.deepEqual(readings('The drought lasted 3 1/2 years; the vote took an hour and a half; talks ran for two and a half days.', '2031-10-20'), [
      '3 1/2 years=P3Y6M', 'an hour and a half=PT1H30M', 'two and a half days=P2DT12H',
    ]);
  });

  it('reads "the last half of" a year as its second half', () => {
    assert.deepEqual(readings('Orders should recover in the last half of 2032.', '2031-10-20'), ['the last half of 2032=2032-H2']);
  });

  it('reads "each <month>" and weekdays with a plural part of day as sets', () => {
    assert.deepEqual(readings('The fair returns each August.', '2031-10-20'), ['each August=XXXX-08']);
    assert.deepEqual(readings('Ferries leave on Monday and Friday evenings.', '2031-10-20'), ['Monday=XXXX-WXX-1TEV', 'Friday evenings=XXXX-WXX-5TEV']);
  });

  it('reads "year-end" as the last day of the year, the past one after "since"', () => {
    assert.deepEqual(readings('The deal should close by year-end.', '2031-10-20'), ['by year-end=2031-12-31']);
    assert.deepEqual(readings('The index has risen 4% since year-end.', '2031-10-20'), ['year-end=2030-12-31']);
  });

  it('reads "the then current" as a past reference', () => {
    assert.deepEqual(readings('Holders may buy shares at half the then current price.', '2031-10-20'), ['current=PAST_REF']);
  });

  it('lets the verb before a time adverbial set its tense over a participle after it', () => {
    assert.deepEqual(readings('The ferry line will add routes by July in regions untouched by the storm.', '2031-02-10'), ['July=2031-07']);
  });

  it('does not read fractions, ordinals or programme titles as times', () => {
    assert.deepEqual(readings('The island imports about three-quarters of its grain.', '2031-10-20'), []);
    assert.deepEqual(readings('A second group of investors joined.', '2031-10-20'), []);
    assert.deepEqual(readings('The bank cut its rate by a quarter point, then by a quarter-point more.', '2031-10-20'), []);
    assert.deepEqual(readings('The bank raised its rate by a quarter percentage point.', '2031-10-20'), []);
    assert.deepEqual(readings('The minister said on NBC\'s "This Week" that talks would go on.', '2031-10-20'), []);
    assert.deepEqual(readings('Talks went on for a second day.', '2031-10-20'), []);
  });

  it('finds vague lengths of time without a number', () => {
    assert.deepEqual(readings('It was the best harvest in years.', '2031-10-20'), ['years=PXY']);
    assert.deepEqual(readings('Over the years the port grew.', '2031-10-20'), ['the years=PXY']);
    assert.deepEqual(readings('Hundreds fled in the first hours of the flood.', '2031-10-20'), ['the first hours=PTXH']);
    assert.deepEqual(readings('Prices fell for years of drought.', '2031-10-20'), []);
  });

  it('reads "five trading days" as a duration and "by mid-afternoon" as the afternoon of publication', () => {
    assert.deepEqual(readings('Shares slid for five trading days.', '2031-10-20'), ['five trading days=P5D']);
    assert.deepEqual(readings('By mid-afternoon the roads were closed.', '2031-10-20'), ['mid-afternoon=2031-10-20TAF']);
  });
});
