import type { RegisterSpanKind } from '../../model/register.ts';
import { CLICKBAIT_PATTERNS, REGISTER_LEXICONS } from '../../knowledge/register/register-lexicons.ts';

/** One compiled lexicon entry: the kind it flags and a sticky, case-insensitive regex tried at a word start. */
export interface RegisterEntry {
  readonly kind: RegisterSpanKind;
  readonly regex: RegExp;
  /**
   * What every match starts with: lower-case ASCII letters and single spaces (one or more whitespace characters in
   * the text), read off the entry up to its first other syntax. A word or text position that cannot begin with it
   * is passed over without running the regex: most tries fail, and a regex tried is a regex compiled.
   */
  readonly lead: string;
}

/**
 * The register lexicons compiled once in `prepare`. Entries are indexed by their first three letters, so a text is
 * scanned word by word and only the few entries that can start at a word are tried (one big alternation per kind
 * costs ten times more); entries that do not start with three plain letters are tried at every word.
 */
export interface RegisterPatterns {
  readonly byPrefix: ReadonlyMap<string, readonly RegisterEntry[]>;
  /** `byPrefix` by `asciiPrefixCode` of its key: plain-ASCII words are looked up without building a key string. */
  readonly byPrefixCode: readonly (readonly RegisterEntry[] | undefined)[];
  /**
   * The other entries, for a word by the lower-cased letter it starts with: the entries starting with that letter and
   * those starting with no plain letter, in lexicon order (a sticky case-insensitive match starts with its first letter).
   */
  readonly anywhereByLetter: ReadonlyMap<string, readonly RegisterEntry[]>;
  /** `anywhereByLetter` by letter number (a = 1 … z = 26), `anywhere` where a letter has no list of its own. */
  readonly anywhereByLetterCode: readonly (readonly RegisterEntry[])[];
  /** The entries starting with no plain letter, for words whose first letter has no list of its own. */
  readonly anywhere: readonly RegisterEntry[];
  readonly clickbait: RegExp;
}

// Latin letters and digits only: without the `u` flag V8 runs these sticky regexes several times faster.
const END = '(?![A-Za-z0-9\\u00C0-\\u024F])';

/** Compiles the lexicons; within one prefix, longer entries come first so "big cheese" is tried before "big". */
export function compileRegisterPatterns(): RegisterPatterns {
  const byPrefix = new Map<string, RegisterEntry[]>();
  const loose: { entry: RegisterEntry; letter: string }[] = [];
  const entries = Object.entries(REGISTER_LEXICONS).flatMap(([kind, list]) => list.map((entry) => ({ kind: kind as RegisterSpanKind, entry })));
  entries.sort((a, b) => b.entry.length - a.entry.length);
  for (const { kind, entry } of entries) {
    const compiled = { kind, regex: new RegExp(`(?:${toSource(entry)})${END}`, 'iy'), lead: leadOf(entry) };
    const prefix = wordPrefix(entry);
    if (!prefix) {
      loose.push({ entry: compiled, letter: /^[a-z]/i.exec(entry)?.[0].toLowerCase() ?? '' });
      continue;
    }
    const list = byPrefix.get(prefix) ?? [];
    list.push(compiled);
    byPrefix.set(prefix, list);
  }
  const clickbait = new RegExp(CLICKBAIT_PATTERNS.map(toSource).join('|'), 'iu');
  const anywhereByLetter = new Map<string, RegisterEntry[]>();
  for (const { letter } of loose) {
    if (letter) anywhereByLetter.set(letter, loose.filter((other) => other.letter === letter || other.letter === '').map((other) => other.entry));
  }
  const anywhere = loose.filter((other) => other.letter === '').map((other) => other.entry);
  const byPrefixCode = new Array<RegisterEntry[] | undefined>(PREFIX_CODES).fill(undefined);
  byPrefix.forEach((list, prefix) => (byPrefixCode[asciiPrefixCode(prefix)] = list));
  const anywhereByLetterCode: RegisterEntry[][] = [];
  for (let letter = 0; letter <= 26; letter++) anywhereByLetterCode.push(anywhereByLetter.get(String.fromCharCode(96 + letter)) ?? anywhere);
  return { byPrefix, byPrefixCode, anywhereByLetter, anywhereByLetterCode, anywhere, clickbait };
}

/** Codes of one to three letters, base 27 with letters as digits 1–26, so lengths never collide. */
const PREFIX_CODES = 27 ** 3;

/** The word's first one to three UTF-16 units hold a character outside ASCII: look it up by `wordKey`. */
export const NOT_ASCII = -1;
/** The word's first three units are ASCII but not all letters: no `byPrefix` key can equal its `wordKey`. */
export const NO_PREFIX = 0;

/**
 * `wordKey(word)` as a number when the word starts with plain ASCII: the look-up key without slicing and
 * lower-casing a string per word. Outside ASCII lower-casing can change a character's length or yield an ASCII
 * letter (the Kelvin sign), so such words keep the string key.
 */
export function asciiPrefixCode(word: string): number {
  const length = Math.min(3, word.length);
  let code = 0;
  let letters = true;
  for (let i = 0; i < length; i++) {
    const unit = word.charCodeAt(i);
    if (unit >= 128) return NOT_ASCII;
    const lower = unit | 32;
    if (lower < 97 || lower > 122) letters = false;
    code = code * 27 + (lower - 96);
  }
  return letters && length > 0 ? code : NO_PREFIX;
}

/** The index key of an entry: its first three letters, or its whole first word when shorter ("oh", "i think"). */
function wordPrefix(entry: string): string | undefined {
  return (/^[a-z]{3}/i.exec(entry) ?? /^[a-z]{1,2}(?![a-z(?[\\])/i.exec(entry))?.[0].toLowerCase();
}

/** The key a word of the text looks up: the same rule as `wordPrefix`. */
export function wordKey(word: string): string {
  return word.slice(0, 3).toLowerCase();
}

/**
 * The letters and spaces an entry's matches all start with: its leading run of them, less the last character when a
 * quantifier follows it ("pals?" leads with "pal"); nothing when the entry has an alternative at its top level.
 */
export function leadOf(entry: string): string {
  if (hasTopLevelAlternative(entry)) return '';
  const run = /^[a-z ]*/i.exec(entry)?.[0] ?? '';
  // Two spaces read as two `\s+`, which a lead's single space would not: stop before them.
  const doubled = run.indexOf('  ');
  if (doubled >= 0) return run.slice(0, doubled).toLowerCase();
  const isQuantified = /^[?*+{]/.test(entry.slice(run.length));
  return (isQuantified ? run.slice(0, -1) : run).toLowerCase();
}

function hasTopLevelAlternative(entry: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < entry.length; i++) {
    const char = entry[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

function toSource(entry: string): string {
  return entry.replace(/'/g, "['’]").replace(/ /g, '\\s+');
}
