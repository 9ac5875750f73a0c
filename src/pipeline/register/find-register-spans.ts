import type { RegisterSpan } from '../../model/register.ts';
import type { RegisterPattern } from './register-patterns.ts';

/** Kinds in order of precedence when two matches overlap: the more specific reading wins. */
const PRECEDENCE: readonly string[] = ['hedge', 'idiom', 'slang', 'editorial', 'sensational', 'clickbait'];

/** Finds every lexicon match in the text; overlapping matches keep the longest (then the more specific kind). */
export function findRegisterSpans(text: string, patterns: readonly RegisterPattern[]): RegisterSpan[] {
  const found: RegisterSpan[] = [];
  for (const { kind, regex } of patterns) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      found.push({ kind, text: match[0], span: { start, end: start + match[0].length } });
    }
  }
  found.sort(
    (a, b) =>
      b.span.end - b.span.start - (a.span.end - a.span.start) || PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind),
  );
  const kept: RegisterSpan[] = [];
  for (const candidate of found) {
    if (!kept.some((span) => candidate.span.start < span.span.end && span.span.start < candidate.span.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
