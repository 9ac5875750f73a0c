import { readFileSync } from 'node:fs';
import { cameoCode } from '../../knowledge/cameo/cameo-ontology.ts';
import { ConfigError } from '../../model/errors.ts';
import { NO_EVENT, parseTabariVerbs } from './parse-tabari-verbs.ts';

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
  /** The trigger is an adjective a copula predicates of the subject ("was ready to talk", "remains hopeful that"). */
  readonly isAdjective?: boolean;
  /** "X and Y met": one event each way between the members of a compound subject. */
  readonly isSymmetric?: boolean;
  /** Source and target swap: "X received aid from Y" → Y gives to X. */
  readonly isReversed?: boolean;
  /** "wants Putin to attack": fires only when an actor follows the trigger and "to" follows the actor. */
  readonly needsObjectTo?: boolean;
  /** "called Putin" but not "called a truce": fires only when the object actor starts within two tokens of the trigger. */
  readonly needsObjectNext?: boolean;
  /** "rebels swept into Aleppo" but not "the tennis legend swept into London": fires only for an armed source. */
  readonly needsArmedSource?: boolean;
  /** "the pullout of Turkish forces from Qatar": the actor right after the noun's "of" is the source. */
  readonly hasOfSource?: boolean;
  /** "China's accusation that…": a noun that codes only when its maker (possessor or "by" agent) is a coded actor. */
  readonly needsSource?: boolean;
  /** "would send police to Liberia" but not "to the stadium": codes only when its target is a coded actor. */
  readonly needsTarget?: boolean;
  /** "calling the vote a sham", "an attack the ministry called…": a judgement naming an act, aimed at whoever did it. */
  readonly namesAct?: boolean;
  /** Code of the event read the other way, as CAMEO's `[042:043]`: "X visited Y" is also "Y hosted X". */
  readonly reverseCode?: string;
  /**
   * A TABARI pattern: its words match only as written (PETRARCH's "EFFORT" misses "efforts"), may lie further from the
   * trigger, and may carry TABARI's marks: `_word` (after) / `word_` (before) touch their neighbour, `+` target, `$` source, `^` an actor passed over.
   */
  readonly isExact?: boolean;
}

/** Where a TABARI pattern names an actor: `+` the target, `$` the source, after `word` of the pattern or before it. */
export interface PatternSlot {
  readonly role: 'source' | 'target';
  readonly side: 'before' | 'after';
  /** After: the index in `words` of the word the slot follows (0, the trigger). Before: the index in `beforeWords` of the word it precedes (its length: the trigger). */
  readonly word: number;
  /** Actors passed over (`^`) before the slot's own. */
  readonly skip: number;
}

/** A pattern ready for matching: its words split into alternatives, the final preposition separated. */
export interface CompiledPattern extends EventPattern {
  readonly words: readonly (readonly string[])[];
  readonly beforeWords: readonly (readonly string[])[];
  readonly targetPrepositions: readonly string[];
  /** Per word of `words`: it must come right after the word before it (TABARI's `_`). */
  readonly wordAdjacent?: readonly boolean[];
  /** Per word of `beforeWords`: it must come right before the next one or the trigger. */
  readonly beforeAdjacent?: readonly boolean[];
  readonly slots?: readonly PatternSlot[];
  /** The project's own pattern: its code follows CAMEO, so a stated intention or refusal may recode it (see code-sentence). */
  readonly isBuiltin?: boolean;
  /** A row made for a trigger the trained model proposed (`learned-triggers.ts`): its events get a lower confidence. */
  readonly isLearned?: boolean;
}

/** Patterns indexed by trigger lemma: matching looks up each token once. */
export type PatternIndex = ReadonlyMap<string, readonly CompiledPattern[]>;

const PREPOSITIONS = new Set(['with', 'to', 'against', 'on', 'into', 'onto', 'for', 'from', 'at', 'in', 'toward', 'towards', 'over', 'upon', 'between']);

/**
 * Checks a pattern's CAMEO code and splits its phrase; a bad pattern is a configuration error naming it.
 * `isLenient` accepts any numeric code, for PETRARCH test dictionaries that use codes outside CAMEO.
 */
export function compilePattern(pattern: EventPattern, origin: string, isLenient = false): CompiledPattern {
  for (const code of [pattern.code, pattern.reverseCode]) {
    if (code !== undefined && !cameoCode(code) && !(isLenient && (/^\d{2,4}[A-Z]?$/.test(code) || code === NO_EVENT))) {
      throw new ConfigError(`Pattern \`${pattern.id}\` in ${origin} has ${code === pattern.code ? 'code' : 'reverse code'} \`${code}\`, which is not a CAMEO event code.`);
    }
  }
  const marked = pattern.isExact ? readMarks(pattern) : undefined;
  const parts = marked?.words ?? pattern.phrase.toLowerCase().trim().split(/\s+/).map((part) => part.split('|'));
  const last = parts[parts.length - 1];
  const hasPreposition = parts.length > 1 && last !== undefined && last.every((word) => PREPOSITIONS.has(word)) && !(marked?.slots.some((slot) => slot.side === 'after' && slot.word === parts.length - 1) ?? false);
  // Object.assign, not a spread: V8 gives each `{ ...pattern, newKey }` copy a hidden class of its own, which made
  // every read of a pattern in the trigger search megamorphic.
  return Object.assign({}, pattern, {
    beforeWords: marked?.beforeWords ?? (pattern.before ?? []).map((slot) => slot.toLowerCase().split('|')),
    words: hasPreposition ? parts.slice(0, -1) : parts,
    targetPrepositions: hasPreposition && last ? last : [],
    ...(marked ? { wordAdjacent: marked.wordAdjacent, beforeAdjacent: marked.beforeAdjacent, slots: marked.slots } : {}),
  });
}

const MARKS: Readonly<Record<string, PatternSlot['role']>> = { '+': 'target', $: 'source' };

/** Splits a TABARI pattern's words from its marks: which words touch, and where its actor slots are. */
function readMarks(pattern: EventPattern): { words: string[][]; wordAdjacent: boolean[]; beforeWords: string[][]; beforeAdjacent: boolean[]; slots: PatternSlot[] } {
  const words: string[][] = [];
  const wordAdjacent: boolean[] = [];
  const slots: PatternSlot[] = [];
  let skip = 0;
  for (const part of pattern.phrase.toLowerCase().trim().split(/\s+/)) {
    const role = MARKS[part];
    if (part === '^') skip++;
    else if (role) slots.push({ role, side: 'after', word: words.length - 1, skip });
    else {
      words.push(part.replace(/^_/, '').split('|'));
      wordAdjacent.push(part.startsWith('_'));
    }
    if (part !== '^') skip = 0;
  }
  const beforeWords: string[][] = [];
  const beforeAdjacent: boolean[] = [];
  const pending: PatternSlot['role'][] = [];
  for (const part of (pattern.before ?? []).map((word) => word.toLowerCase())) {
    const role = MARKS[part];
    if (role) pending.push(role);
    else if (part !== '^') {
      for (const waiting of pending.splice(0)) slots.push({ role: waiting, side: 'before', word: beforeWords.length, skip: 0 });
      beforeWords.push(part.replace(/_$/, '').split('|'));
      beforeAdjacent.push(part.endsWith('_'));
    }
  }
  for (const waiting of pending) slots.push({ role: waiting, side: 'before', word: beforeWords.length, skip: 0 });
  return { words, wordAdjacent, beforeWords, beforeAdjacent, slots };
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
  // A TABARI `%` pattern asks for a compound actor on top of its words: it goes before the same words without one.
  return (pattern.words.length + pattern.beforeWords.length) * 2 + (pattern.targetPrepositions.length > 0 ? 1 : 0) + (pattern.isExact && pattern.isSymmetric ? 1 : 0);
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
    throw new ConfigError(`Cannot read the event pattern file \`${file}\`: ${(error as Error).message}`, 'Check the path given to --patterns (or $TIDINGS_PATTERNS), and that a .json file is a JSON list of { "code", "phrase" } rows.');
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
