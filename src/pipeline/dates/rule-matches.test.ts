import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timeRules } from './find-time-expressions.ts';
import { anchorIndex, collectRuleMatches, type RuleMatch, textLines } from './rule-matches.ts';

// Invented lines, one or more time expressions of every kind each, with line breaks and blank lines between them.
const SAMPLE = [
  'The harbour board met on Monday, March 3, 2025, and again on the 4th of April and in mid-May 2024.',
  '',
  'Ferries ran every Tuesday and each morning until early spring of 1998; fares rose 3 percent a year.',
  'Two weeks ago, at 9:30 a.m. local time, the mayor said the works would take several months and a half.',
  'Earlier this month the council, then in its third quarter of fiscal 2024, met the previous day at noon.',
  'In the 1990s and the twenty-first century, trade grew; recently, right now and in the near future it slows.',
  'The year-earlier period, the same quarter last year and year-end figures came out yesterday evening.',
  'Over the years, for weeks and in the first hours of the strike, weekly and nightly talks went on this weekend.',
  'Last summer, next December, the following week, the year ended in June and the full year all counted.',
  'A Nantes court ruled tonight; the winter session resumes at a later date, within 48 hours, or this past Friday.',
].join('\n');

const index = anchorIndex(timeRules);

/** The bodies of a pattern source's look-behind groups, found by matching parentheses. */
function lookBehinds(source: string): string[] {
  const bodies: string[] = [];
  for (let at = source.indexOf('(?<'); at >= 0; at = source.indexOf('(?<', at + 1)) {
    if (source[at + 3] !== '=' && source[at + 3] !== '!') continue;
    let depth = 0;
    for (let i = at; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) {
        bodies.push(source.slice(at, i + 1));
        break;
      }
    }
  }
  return bodies;
}

function matchesOf(rule: (typeof timeRules)[number], order: number, text: string, gated: boolean): RuleMatch[] {
  const out: RuleMatch[] = [];
  collectRuleMatches(rule, order, index, text, gated ? textLines(text, index) : undefined, out);
  return out;
}

describe('time rule anchors', () => {
  it('are given only to patterns that cross a line break through \\s alone, never in a look-behind', () => {
    for (const rule of timeRules) {
      if (!rule.anchors) continue;
      const source = rule.pattern.source;
      const outsideClasses = source.replace(/\[(?:\\.|[^\]\\])*\]/g, '[]');
      assert.doesNotMatch(source, /\\[SWDBn]|\[\^/, `${rule.id} has a class that can match a line break`);
      assert.doesNotMatch(outsideClasses, /(?<!\\)[.^$]/, `${rule.id} has '.', '^' or '$'`);
      assert.ok(!rule.pattern.flags.includes('u') && !rule.pattern.flags.includes('m'), `${rule.id}: the anchors assume no 'u' or 'm' flag`);
      for (const behind of lookBehinds(source)) assert.doesNotMatch(behind, /\\s/, `${rule.id} reads white space behind a match`);
    }
  });

  it('occur in every match of their rule on the sample lines', () => {
    let checked = 0;
    timeRules.forEach((rule, order) => {
      if (!rule.anchors) return;
      for (const match of matchesOf(rule, order, SAMPLE, false)) {
        const text = SAMPLE.slice(match.start, match.end).toLowerCase();
        assert.ok(rule.anchors.some((anchor) => text.includes(anchor)), `${rule.id} matched '${text}' without any of its anchors`);
        checked++;
      }
    });
    assert.ok(checked > 40, `only ${checked} matches checked`);
  });

  it('leave the matches of every rule exactly those of a scan of the whole text', () => {
    const texts = [
      SAMPLE,
      SAMPLE.replace(/\n/g, '\n\n'),
      SAMPLE.replace(/\n/g, ' \n\t\n'),
      `\n${SAMPLE}\n`,
      'No date here.\nNor here.',
      'İstanbul, March 3.\nOn Monday.',
      'Signed on March 5,\n\n2025, in the port.\nAgain on April 9\n1998 and on June 2,\nnothing more.',
      'Sales in 2004\npercent rose; in 1998\n\nworkers left; in 2003\n  troops came.\nOnly 1999 \npeople.',
      'Sales fell in 2004\npercent by percent.\nIn 2003\n\ntroops came home.',
    ];
    for (const text of texts) {
      timeRules.forEach((rule, order) => {
        const plain = [...text.matchAll(rule.pattern)].map((m) => `${m.index}:${m[0]}`);
        assert.deepEqual(matchesOf(rule, order, text, true).map((m) => `${m.start}:${text.slice(m.start, m.end)}`), plain, rule.id);
      });
    }
  });

  it('are prefix-free after indexing, so one scan finds each occurrence', () => {
    const kept = [...index.ids.keys()];
    for (const a of kept) for (const b of kept) if (a !== b) assert.ok(!a.startsWith(b), `${a} starts with ${b}`);
  });
});
