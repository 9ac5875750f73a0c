import type { RegisterSpanKind } from '../../model/register.ts';
import { CLICKBAIT_PATTERNS, REGISTER_LEXICONS } from '../../knowledge/register/register-lexicons.ts';

/** One compiled register lexicon: the kind it flags and a global, case-insensitive, word-bounded regex. */
export interface RegisterPattern {
  readonly kind: RegisterSpanKind;
  readonly regex: RegExp;
}

/** Compiled once in `prepare`: one alternation per kind, longest entries first so "big cheese" beats "cheese". */
export function compileRegisterPatterns(): { spans: readonly RegisterPattern[]; clickbait: RegExp } {
  const spans = Object.entries(REGISTER_LEXICONS).map(([kind, entries]) => ({
    kind: kind as RegisterSpanKind,
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${sortLongestFirst(entries).map(toSource).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
  }));
  const clickbait = new RegExp(CLICKBAIT_PATTERNS.map(toSource).join('|'), 'iu');
  return { spans, clickbait };
}

function sortLongestFirst(entries: readonly string[]): string[] {
  return [...entries].sort((a, b) => b.length - a.length);
}

function toSource(entry: string): string {
  return entry.replace(/'/g, "['’]").replace(/ /g, '\\s+');
}
