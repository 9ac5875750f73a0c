const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'out over own same she should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'said says say mr mrs ms one two three also year years new told like get got us may might must shall per'
  ).split(' '),
);

/** Lower-cases and strips plural endings so "troops", "troop" and "Troop's" meet in one feature. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(/[’']s$/, '').replace(/[’']/g, '');
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57) return '<num>';
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ics'))) w = w.slice(0, -1);
  return w;
}

/** Content words of a text in order, normalised, stopwords dropped: the base of every topic feature. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  // The words of /[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu, found by a scan: `matchAll` built a match array per word.
  for (let at = 0; at < text.length; ) {
    if (classAt(text, at) === 0) {
      at += charLength(text, at);
      continue;
    }
    const end = wordEnd(text, at);
    const word = keptWord(text.slice(at, end));
    if (word !== undefined) words.push(word);
    at = end;
  }
  return words;
}

/** Where the word starting at `from` (a letter or digit) ends: its run of letters and digits, then a "’s"-like suffix. */
export function wordEnd(text: string, from: number): number {
  const at = runEnd(text, from + charLength(text, from), false);
  return isSuffixAt(text, at) ? runEnd(text, at + 1, true) : at;
}

/**
 * Where the run of letters and digits (`isLettersOnly`: letters only) starting at `from` ends. Its own function: code V8 compiled on
 * the spot in this loop inside `wordEnd` had no feedback for the suffix test after it and bailed out there at later calls.
 */
function runEnd(text: string, from: number, isLettersOnly: boolean): number {
  let at = from;
  while (at < text.length && (isLettersOnly ? classAt(text, at) === LETTER : classAt(text, at) !== 0)) at += charLength(text, at);
  return at;
}

/** Whether a word ending at `at` reads on: an apostrophe there with a letter after it. */
export function isSuffixAt(text: string, at: number): boolean {
  // A word at the end of the text: reading past it would give NaN, and deoptimise optimised callers each first time.
  if (at >= text.length) return false;
  const quote = text.charCodeAt(at);
  return (quote === 39 || quote === 0x2019) && at + 1 < text.length && classAt(text, at + 1) === LETTER;
}

/** The feature word of a word as written, or undefined for a stopword or a one-letter word. */
export function keptWord(written: string): string | undefined {
  const word = normalizeWord(written);
  return word.length > 1 && !STOPWORDS.has(word) ? word : undefined;
}

const LETTER = 1;
const DIGIT = 2;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

/** LETTER, DIGIT (any \p{N}) or 0 for the code point at `at`; ASCII answers without a regex. */
export function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122) ? LETTER : code >= 48 && code <= 57 ? DIGIT : 0;
  const char = String.fromCodePoint(text.codePointAt(at) ?? code);
  return IS_LETTER.test(char) ? LETTER : IS_NUMBER.test(char) ? DIGIT : 0;
}

/** UTF-16 units of the code point at `at`: 2 for a surrogate pair, as the `u` flag reads it. */
export function charLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Unigram and adjacent-bigram features: the bag the topic models count. */
export function textFeatures(text: string): string[] {
  const words = contentWords(text);
  const features = [...words];
  for (let i = 1; i < words.length; i++) features.push(`${words[i - 1]} ${words[i]}`);
  return features;
}

/** The feature key a lexicon entry ("prime ministers") matches: the same normalisation as the text. */
export function lexiconKey(entry: string): string {
  return contentWords(entry).join(' ');
}
