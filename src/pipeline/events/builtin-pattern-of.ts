import type { CompiledPattern, PatternIndex } from './event-pattern.ts';

// Per index, the built-in pattern found for each "word code" asked: implied events ask once per sentence, and the
// index lives as long as its analyzer, so the answers are kept beside it (and go with it).
const found = new WeakMap<PatternIndex, Map<string, CompiledPattern | undefined>>();

/**
 * The built-in pattern with this trigger word and code ("mediate", "045"): the pattern an implied event is coded under,
 * so it carries the rule id and the code that pattern would give.
 */
export function builtinPatternOf(patterns: PatternIndex, word: string, code: string): CompiledPattern | undefined {
  let answers = found.get(patterns);
  if (!answers) {
    answers = new Map();
    found.set(patterns, answers);
  }
  const key = `${word} ${code}`;
  if (!answers.has(key)) answers.set(key, patterns.get(word)?.find((candidate) => candidate.isBuiltin === true && candidate.code === code));
  return answers.get(key);
}
