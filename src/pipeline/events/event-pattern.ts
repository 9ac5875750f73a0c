import { readFileSync } from 'node:fs';
import { cameoCode } from '../../knowledge/cameo/cameo-ontology.ts';
import { ConfigError } from '../../model/errors.ts';
import { parseTabariVerbs } from './parse-tabari-verbs.ts';

/**
 * One verb or noun pattern: `phrase` is the trigger lemma then words that must follow it in order, each within a
 * few tokens ("restore tie|relation"); alternatives use `|`. A final preposition ("meet with", "send troop to")
 * introduces the target; otherwise the target is the first actor after the trigger.
 */
export interface EventPattern {
  readonly id: string;
  readonly code: string;
  readonly phrase: string;
  /** Words that must come before the trigger, in order, within a few tokens ("said would not *"); `|` = alternatives. */
  readonly before?: readonly string[];
  /** The trigger is a noun ("attack on", "talks with") rather than a verb. */
  readonly isNoun?: boolean;
  /** "X and Y met": one event each way between the members of a compound subject. */
  readonly isSymmetric?: boolean;
  /** Source and target swap: "X received aid from Y" → Y gives to X. */
  readonly isReversed?: boolean;
  /** "wants Putin to attack": fires only when an actor follows the trigger and "to" follows the actor. */
  readonly needsObjectTo?: boolean;
  /** "called Putin" but not "called a truce": fires only when the object actor starts within two tokens of the trigger. */
  readonly needsObjectNext?: boolean;
  /** Code of the event read the other way, as CAMEO's `[042:043]`: "X visited Y" is also "Y hosted X". */
  readonly reverseCode?: string;
}

/** A pattern ready for matching: its words split into alternatives, the final preposition separated. */
export interface CompiledPattern extends EventPattern {
  readonly words: readonly (readonly string[])[];
  readonly beforeWords: readonly (readonly string[])[];
  readonly targetPrepositions: readonly string[];
  /** The project's own pattern: its code follows CAMEO, so a stated intention or refusal may recode it (see code-sentence). */
  readonly isBuiltin?: boolean;
}

/** Patterns indexed by trigger lemma: matching looks up each token once. */
export type PatternIndex = ReadonlyMap<string, readonly CompiledPattern[]>;

const PREPOSITIONS = new Set(['with', 'to', 'against', 'on', 'into', 'for', 'from', 'at', 'in', 'toward', 'towards', 'over', 'upon', 'between']);

/**
 * Checks a pattern's CAMEO code and splits its phrase; a bad pattern is a configuration error naming it.
 * `isLenient` accepts any numeric code, for PETRARCH test dictionaries that use codes outside CAMEO.
 */
export function compilePattern(pattern: EventPattern, origin: string, isLenient = false): CompiledPattern {
  if (!cameoCode(pattern.code) && !(isLenient && /^\d{2,4}$/.test(pattern.code))) {
    throw new ConfigError(`Pattern \`${pattern.id}\` in ${origin} has code \`${pattern.code}\`, which is not a CAMEO event code.`);
  }
  if (pattern.reverseCode !== undefined && !cameoCode(pattern.reverseCode) && !(isLenient && /^\d{2,4}$/.test(pattern.reverseCode))) {
    throw new ConfigError(`Pattern \`${pattern.id}\` in ${origin} has reverse code \`${pattern.reverseCode}\`, which is not a CAMEO event code.`);
  }
  const parts = pattern.phrase.toLowerCase().trim().split(/\s+/).map((part) => part.split('|'));
  const last = parts[parts.length - 1];
  const hasPreposition = parts.length > 1 && last !== undefined && last.every((word) => PREPOSITIONS.has(word));
  // Object.assign, not a spread: V8 gives each `{ ...pattern, newKey }` copy a hidden class of its own, which made
  // every read of a pattern in the trigger search megamorphic.
  return Object.assign({}, pattern, {
    beforeWords: (pattern.before ?? []).map((slot) => slot.toLowerCase().split('|')),
    words: hasPreposition ? parts.slice(0, -1) : parts,
    targetPrepositions: hasPreposition && last ? last : [],
  });
}

/**
 * Indexes patterns by each alternative of their trigger word; more specific (longer) patterns come first.
 * A trigger word the user's patterns define is theirs alone: built-in patterns for it are left out.
 */
export function indexPatterns(userPatterns: readonly CompiledPattern[], builtinPatterns: readonly CompiledPattern[] = []): PatternIndex {
  const index = new Map<string, CompiledPattern[]>();
  const add = (patterns: readonly CompiledPattern[], isFallback: boolean): void => {
    const owned = new Set(index.keys());
    for (const pattern of patterns) {
      for (const trigger of pattern.words[0] ?? []) {
        if (isFallback && owned.has(trigger)) continue;
        const bucket = index.get(trigger) ?? [];
        bucket.push(pattern);
        index.set(trigger, bucket);
      }
    }
  };
  add(userPatterns, false);
  add(builtinPatterns, true);
  for (const bucket of index.values()) bucket.sort((a, b) => specificity(b) - specificity(a));
  return index;
}

function specificity(pattern: CompiledPattern): number {
  return (pattern.words.length + pattern.beforeWords.length) * 2 + (pattern.targetPrepositions.length > 0 ? 1 : 0);
}

/** Reads a user pattern file: a JSON array of patterns (or `{ "patterns": [...] }`), or a TABARI/PETRARCH verb dictionary. */
export function loadPatternFile(file: string): CompiledPattern[] {
  let text: string;
  let data: unknown;
  try {
    text = readFileSync(file, 'utf8');
    if (!file.toLowerCase().endsWith('.json')) return parseTabariVerbs(text, file).map((pattern) => compilePattern(pattern, file, true));
    data = JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Cannot read the event pattern file \`${file}\`: ${(error as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { patterns?: unknown } | null)?.patterns;
  if (!Array.isArray(list)) throw new ConfigError(`Expected a JSON list of patterns in \`${file}\`.`);
  return list.map((item: unknown, position) => {
    const pattern = item as Partial<EventPattern> | null;
    if (!pattern || typeof pattern.code !== 'string' || typeof pattern.phrase !== 'string') {
      throw new ConfigError(`Expected \`{ "code", "phrase" }\` for pattern #${position + 1} in \`${file}\`, got \`${JSON.stringify(item)}\`.`);
    }
    return compilePattern({ ...pattern, id: pattern.id ?? `user.${position + 1}`, code: pattern.code, phrase: pattern.phrase }, file);
  });
}
