import { parseCount } from '../../knowledge/time/time-words.ts';
import type { CalendarDay } from '../../knowledge/time/calendar-day.ts';
import type { DateMention } from '../../model/date-mention.ts';

/** What a rule knows beyond its match: the anchor day, the tense around the match, the quarter in focus. */
export interface TimeContext {
  /** Publication day, or a stand-in when unknown (relative values are then dropped by the stage). */
  readonly anchor: CalendarDay;
  /** Tense of the clause around the expression: decides "Tuesday" before or after publication. */
  readonly tense: 'past' | 'future';
  /** Last quarter the text mentioned ("the third quarter" → 1989-Q3), for "a year earlier" in earnings reports. */
  readonly quarterInFocus: { readonly year: number; readonly quarter: number } | undefined;
  /** Length in months of a year-to-date period named after the last quarter ("the first nine months" → 9). */
  readonly monthsInFocus: number | undefined;
  /** Value of the last calendar date found before this one, for "the following day". */
  readonly previous: string | undefined;
  /** Text right before the match (up to 60 characters), for "$5 million a year" (a SET) and "compared with … last year". */
  readonly before: string;
  /** Text right after the match (up to 30 characters), for "the year ended March 31" (a DURATION). */
  readonly after: string;
}

/** A normalised reading of one expression, before it is placed in the document. */
export interface TimeReading {
  readonly type: DateMention['type'];
  readonly value: string;
  readonly isRelative: boolean;
  /** Direction when it cannot be read off the value (durations, references). */
  readonly direction?: DateMention['direction'];
}

/** One extraction rule: a global regex with named groups and a resolver that may still reject the match. */
export interface TimeRule {
  readonly id: string;
  readonly pattern: RegExp;
  /** A cheap test the text must pass before `pattern` is worth running (most articles name no month, no clock time). */
  readonly cue?: RegExp;
  /**
   * Lower-case strings of which every match of `pattern` contains one: lines holding none of them are not scanned.
   * The pattern may cross a line break only through `\s`, outside look-behinds (`rule-matches.test.ts` checks both).
   */
  readonly anchors?: readonly string[];
  resolve(groups: Readonly<Record<string, string | undefined>>, match: string, context: TimeContext): TimeReading | undefined;
}

/** Regex fragments shared by the rules; `{NAME}` placeholders in rule sources are replaced by these. */
export const timeFragments: Readonly<Record<string, string>> = {
  MONTH: '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Sept|Aug|Oct|Nov|Dec|Jan|Feb)',
  MONTHFULL: '(?:January|February|March|April|May|June|July|August|September|October|November|December)',
  WEEKDAY: '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)',
  DAYNUM: '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)|(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth',
  YEAR: '(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d,.]\\d)|(?:nineteen|twenty) (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh-(?:one|two|three|four|five|six|seven|eight|nine))|two thousand(?: and (?:one|two|three|four|five|six|seven|eight|nine|ten))?',
  NUM: '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:\\.\\d+)?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten) (?:hundred|thousand)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a couple of|a few|a dozen|several|a|an)',
  UNIT: '(?:seconds?|minutes?|hours?|days?|weekends?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)',
  APPROX: '(?:about|around|nearly|almost|roughly|approximately|some|more than|less than|over|under|at least|at most|up to|just|only|barely|fully|a full|within)',
  PARTOFDAY: '(?:morning|afternoon|evening|night)',
  SEASON: '(?:spring|summer|fall|autumn|winter)',
};

/** Anchors shared by rules built on the same fragment: every MONTH, UNIT, SEASON or YEAR alternative contains one. */
export const timeAnchors = {
  month: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  unit: ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'centur'],
  season: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  year: ['16', '17', '18', '19', '20', 'nineteen', 'twenty', 'two thousand'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Compiles a rule source: fills `{NAME}` fragments and bounds it so it never starts or ends inside a word. */
export function timePattern(source: string): RegExp {
  const filled = source.replace(/\{([A-Z]+)\}/g, (_, name: string) => `(?:${timeFragments[name] ?? name})`);
  return new RegExp(`(?<![\\w$#'-])(?:${filled})(?![\\w%]|-\\w)`, 'gi');
}

/** Reads a year written in digits or words ("1996", "nineteen ninety-six", "two thousand and two"). */
export function parseYear(text: string | undefined): number | undefined {
  if (!text) return undefined;
  if (/^\d{4}$/.test(text)) return Number(text);
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/);
  if (words[0] === 'two' && words[1] === 'thousand') return 2000 + (parseCount(words.slice(3).join(' ')) ?? 0);
  const head = words[0] === 'nineteen' ? 19 : words[0] === 'twenty' ? 20 : undefined;
  const rest = words.slice(1).filter((w) => w !== 'oh').join(' ');
  const tail = parseCount(rest);
  return head === undefined || tail === undefined ? undefined : head * 100 + tail;
}

/** True when the word starts with a capital letter: month and weekday names must ("may", "march" are not). */
export function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && /^[A-Z]/.test(word);
}
