import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../analyzer.ts';
import { dates } from '../dates/dates.ts';
import { segment } from '../segment/segment.ts';
import { quantities } from './quantities.ts';

const analyzer = await createAnalyzer({}, [segment, dates, quantities]);

function found(text: string): string[] {
  return analyzer.analyze(text, { published: '2025-06-18' }).quantities.map((q) => `${q.value}${q.max ? `-${q.max}` : ''} ${q.unit} (${q.category})`);
}

describe('quantities stage', () => {
  it('reads "3,000 naval construction engineers" as 3000 personnel with the whole counted phrase', () => {
    assert.deepEqual(found('The navy will send 3,000 naval construction engineers.'), ['3000 naval construction engineers (personnel)']);
  });

  it('turns a count of people into victims when a verb says so', () => {
    assert.deepEqual(found('Officials said 23 civilians were killed.'), ['23 civilians (killed)']);
  });

  it('reads number words, scales, ranges and currencies', () => {
    assert.deepEqual(found('A dozen boats carried 1.2 million dollars, and 3,000 to 5,000 people fled.'), [
      '12 boats (other)', '1200000 USD (money)', '3000-5000 people (displaced)',
    ]);
  });

  it('counts victims named by an act noun before "of", and a count joined to a count of victims', () => {
    assert.deepEqual(found('Protests followed the killing of two border guards.'), ['2 border guards (killed)']);
    assert.deepEqual(found('Raiders overran the fort, killing 17 policemen and 9 soldiers.'), ['17 policemen (killed)', '9 soldiers (killed)']);
    assert.deepEqual(found('The navy sent 900 sailors and 12 ships.'), ['900 sailors (personnel)', '12 ships (weapons)']);
    assert.deepEqual(found('Troops shot dead at least 18 people, and gunmen raided a camp, killing 11 of them.'), ['18 people (killed)', '11  (killed)']);
  });

  it('reads a range of percentages with a sign on each end, but not a change or a list of two', () => {
    assert.deepEqual(found('Duties of between 107% and 212% will apply.'), ['107-212 % (percentage)']);
    assert.deepEqual(found('The bank lifted rates 0.25% to 5.5%, and sales rose 9.4% and 8.1%.'), ['0.25 % (percentage)', '5.5 % (percentage)', '9.4 % (percentage)', '8.1 % (percentage)']);
  });

  it('does not count years, ages, clock times or model names', () => {
    assert.deepEqual(found('In 2024 the 45-year-old pilot flew an F-16 at 9 p.m.'), []);
  });

  it('keeps the approximation that qualifies a number', () => {
    const [q] = analyzer.analyze('More than 300 soldiers crossed.', {}).quantities;
    assert.equal(q?.approximation, 'more-than');
  });

  it('counts victims from the verb when no noun follows the number', () => {
    assert.deepEqual(found('The blasts killed 14 and wounded at least 30 in the market, and the floods displaced more than 9,000.'), [
      '14  (killed)', '30  (wounded)', '9000  (displaced)',
    ]);
  });

  it('does not guess what a bare number after a sending verb counts', () => {
    assert.deepEqual(found('The ministry sent 5,000 to the border.'), []);
  });

  it('counts people forced from their homes or to flee as displaced', () => {
    assert.deepEqual(found('The shelling forced some 6,000 villagers from their homes and 800 families to flee.'), [
      '6000 villagers (displaced)', '800 families (displaced)',
    ]);
  });

  it('leaves the hyphen of "a 40-kilometre road" out of what is counted', () => {
    assert.deepEqual(found('Crews paved a 40-kilometre road.'), ['40 kilometre road (other)']);
  });

  it('ends what is counted before the verb that follows it, and counts people rounded up as arrests', () => {
    assert.deepEqual(found('Hundreds of fishermen hurled stones at the patrol boats.'), ['200 fishermen (other)']);
    assert.deepEqual(found('Police rounded up 300 students on Sunday.'), ['300 students (arrests)']);
  });
});

