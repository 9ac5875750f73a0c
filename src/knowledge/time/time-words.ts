/** Month names and abbreviations → month number (1–12); written for matching lower-cased text. */
export const monthNumbers: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). */
export const weekdayNumbers: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Cardinal number words used in time and quantity expressions. */
export const cardinalWords: Readonly<Record<string, number>> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, half: 0.5, couple: 2,
};

/** Ordinal words → number, for "March eighth" and "the third quarter". */
export const ordinalWords: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** Words that make a count vague ("a few days" → PXD in TimeML). */
export const vagueCountWords: ReadonlySet<string> = new Set(['few', 'a few', 'several', 'some', 'many', 'numerous', 'dozens of', 'hundreds of']);

/** Season words → TimeML season code. */
export const seasonCodes: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** Time-of-day words → TimeML part-of-day code. */
export const partOfDayCodes: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI',
};

/** Duration unit words → TimeML unit letter and whether it is a time-of-day unit (written after `T`). */
export const durationUnits: Readonly<Record<string, { readonly code: string; readonly isTime: boolean; readonly factor?: number }>> = {
  second: { code: 'S', isTime: true }, minute: { code: 'M', isTime: true }, hour: { code: 'H', isTime: true },
  day: { code: 'D', isTime: false }, week: { code: 'W', isTime: false }, weekend: { code: 'WE', isTime: false },
  fortnight: { code: 'W', isTime: false, factor: 2 }, month: { code: 'M', isTime: false },
  quarter: { code: 'Q', isTime: false }, year: { code: 'Y', isTime: false },
  decade: { code: 'Y', isTime: false, factor: 10 }, century: { code: 'Y', isTime: false, factor: 100 },
};

/** Singular form of a unit word ("centuries" → "century", "days" → "day"). */
export function singularUnit(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'centuries') return 'century';
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** Parses "24", "1.5", "twenty-four", "twenty four", "a", "a dozen"; undefined for vague or unknown words. */
export function parseCount(text: string): number | undefined {
  const clean = text.toLowerCase().replace(/,/g, '').replace(/^a (couple|dozen)/, '$1').trim();
  if (/^\d+(?:\.\d+)?$/.test(clean)) return Number(clean);
  if (vagueCountWords.has(clean)) return undefined;
  let total = 0;
  let current = 0;
  for (const word of clean.split(/[\s-]+/)) {
    if (word === 'and' || word === 'of') continue;
    const value = cardinalWords[word];
    if (value === undefined) return undefined;
    if (value === 100 || value === 1000) current = (current || 1) * value;
    else if (word === 'dozen') current = (current || 1) * 12;
    else current += value;
  }
  total += current;
  return total;
}
