import { closeSync, openSync, readSync } from 'node:fs';
import { isTabariVerbDictionary } from '../knowledge/actor-dictionary/parse-tabari-dictionary.ts';
import { InputError } from '../model/errors.ts';
import { resolveLearnedPairs } from '../pipeline/events/events.ts';
import type { AnalyzerOptions } from '../pipeline/stage.ts';

/**
 * The flags that add the user's own knowledge to the analyzer: actor dictionaries and event patterns, read once when it is
 * built. Each falls back to an environment variable, so a `serve` process and every `worker` of a fleet can share one setting.
 */
export const knowledgeArgs = {
  actors: {
    type: 'string',
    description: 'Your own actor dictionaries (TABARI .actors/.agents, JSON or YAML), comma-separated or repeated (default: $TIDINGS_ACTORS)',
    valueHint: 'files',
  },
  patterns: {
    type: 'string',
    description: 'Your own event patterns (JSON rows or a TABARI verbs file), comma-separated or repeated (default: $TIDINGS_PATTERNS)',
    valueHint: 'files',
  },
  discards: {
    type: 'string',
    description: 'Discard lists (PETRARCH format: a phrase a line, + for a whole story): text holding one codes no events (default: $TIDINGS_DISCARDS)',
    valueHint: 'files',
  },
  'learned-triggers': {
    type: 'boolean',
    description: 'Also code triggers the trained trigger model proposes where the rules found none (rule `learned:<code>`; on by default; --no-learned-triggers or $TIDINGS_LEARNED_TRIGGERS=0 turns it off)',
  },
  'learned-pairs': {
    type: 'boolean',
    description: 'Let the trained pair model give both sides to the trigger proposer\'s proposals the rules found none for (rule `…+learned-pair`; off by default; --learned-pairs or $TIDINGS_LEARNED_PAIRS=1 turns it on)',
  },
  'learned-sides': {
    type: 'boolean',
    description: 'Let the trained side model fill sides the rules left open (rule `…+learned-side`; on by default; --no-learned-sides or $TIDINGS_LEARNED_SIDES=0 turns it off)',
  },
  'event-filter': {
    type: 'boolean',
    description: 'Leave out coded events the trained event filter doubts (on by default; --no-event-filter or $TIDINGS_EVENT_FILTER=0 keeps every coded event)',
  },
} as const;

/**
 * The analyzer options the knowledge flags (or, without them, `$TIDINGS_ACTORS` and `$TIDINGS_PATTERNS`) ask for. A TABARI
 * verb dictionary given as actors is read as patterns, with a note: its `--- VERB [code] ---` blocks say what it is, and
 * PETRARCH users pass a suite's three dictionaries together.
 */
export function knowledgeOptions(rawArgs: readonly string[], env: NodeJS.ProcessEnv = process.env, notify: (message: string) => void = (message) => process.stderr.write(`${message}\n`)): Pick<AnalyzerOptions, 'actorFiles' | 'patternFiles' | 'discardFiles' | 'learnedTriggers' | 'learnedPairs' | 'learnedSides' | 'eventFilter'> {
  const givenActors = listFlag(rawArgs, 'actors', env['TIDINGS_ACTORS']);
  const verbFiles = givenActors.filter(isVerbDictionaryFile);
  for (const file of verbFiles) notify(`\`${file}\` is a TABARI verb dictionary: it is read as event patterns (--patterns), not as actors.`);
  const actorFiles = givenActors.filter((file) => !verbFiles.includes(file));
  const patternFiles = [...listFlag(rawArgs, 'patterns', env['TIDINGS_PATTERNS']), ...verbFiles];
  const discardFiles = listFlag(rawArgs, 'discards', env['TIDINGS_DISCARDS']);
  const switches: Partial<Record<LearnedSwitch['option'], boolean>> = {};
  for (const learned of LEARNED_SWITCHES) {
    const value = readSwitch(rawArgs, env, learned);
    if (value !== undefined) switches[learned.option] = value;
  }
  // The pair chooser works on the proposer's events only: asked for alone, it would change nothing without a word.
  if (switches.learnedPairs === true && resolveLearnedPairs(switches) === false) notify('`--learned-pairs` gives sides to the trigger proposer\'s events only: with the proposer off (--no-learned-triggers or TIDINGS_LEARNED_TRIGGERS=0) it changes nothing.');
  return { ...(actorFiles.length > 0 ? { actorFiles } : {}), ...(patternFiles.length > 0 ? { patternFiles } : {}), ...(discardFiles.length > 0 ? { discardFiles } : {}), ...switches };
}

/** A learned stage's switch: `--flag` turns it on, `--no-flag` off, else `$TIDINGS_FLAG` (0 or 1), else its default. */
interface LearnedSwitch {
  readonly flag: string;
  readonly option: 'learnedTriggers' | 'learnedPairs' | 'learnedSides' | 'eventFilter';
  /** What turning it off does, for the hint of a bad variable. */
  readonly offMeans: string;
}

const LEARNED_SWITCHES: readonly LearnedSwitch[] = [
  { flag: 'learned-triggers', option: 'learnedTriggers', offMeans: 'let the rules find every trigger' },
  { flag: 'learned-pairs', option: 'learnedPairs', offMeans: 'drop proposals the rules find no sides for' },
  { flag: 'learned-sides', option: 'learnedSides', offMeans: "leave the rules' sides as they are" },
  { flag: 'event-filter', option: 'eventFilter', offMeans: 'keep every coded event' },
];

/**
 * One switch as given: the flag wins over the variable, which must be 0 or 1 (unset or empty for the default); anything
 * else would be silently ignored, so it stops.
 */
function readSwitch(rawArgs: readonly string[], env: NodeJS.ProcessEnv, { flag, offMeans }: LearnedSwitch): boolean | undefined {
  if (rawArgs.includes(`--${flag}`)) return true;
  if (rawArgs.includes(`--no-${flag}`)) return false;
  const name = `TIDINGS_${flag.toUpperCase().replaceAll('-', '_')}`;
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (value === '0' || value === '1') return value === '1';
  throw new InputError(`Expected 0 or 1 for \`$${name}\`, got \`${value}\`.`, `Set ${name}=0 (or pass --no-${flag}) to ${offMeans}.`);
}

/** Every value of `--name` (`--name a,b`, `--name=a`, repeated), else the fallback's comma-separated list. */
function listFlag(rawArgs: readonly string[], name: string, fallback?: string): string[] {
  const values: string[] = [];
  rawArgs.forEach((arg, index) => {
    if (arg === `--${name}`) values.push(rawArgs[index + 1] ?? '');
    else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
  });
  // citty keeps only the last of a repeated flag, so the raw arguments are read; an empty flag still overrides the variable.
  const given = values.length > 0 ? values : fallback ? [fallback] : [];
  return given.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

/** How much of a file is read to tell a verb dictionary: its `--- VERB [code] ---` blocks start on the first pages. */
const SNIFF_BYTES = 256 * 1024;

function isVerbDictionaryFile(file: string): boolean {
  if (/\.(json|ya?ml)$/i.test(file)) return false;
  let fd: number | undefined;
  try {
    // Only the head: the loader reads the whole file once more, and an actors file can run to megabytes.
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return isTabariVerbDictionary(buffer.subarray(0, read).toString('utf8'));
  } catch {
    return false; // an unreadable file is reported by the loader, which names the flag to fix
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
