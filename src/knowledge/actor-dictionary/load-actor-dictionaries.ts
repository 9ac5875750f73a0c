import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { ConfigError } from '../../model/errors.ts';
import { indexActorDictionary, type ActorDictionary, type DictionaryEntry } from './actor-dictionary.ts';
import { isTabariVerbDictionary, parseTabariDictionary } from './parse-tabari-dictionary.ts';
import { parseUserActors } from './parse-user-actors.ts';

/** Reads actor dictionaries once at analyzer start: JSON/YAML user lists, TABARI/PETRARCH `.actors`/`.agents`/`.txt`. */
export function loadActorDictionaries(files: readonly string[]): ActorDictionary {
  return indexActorDictionary(files.flatMap(readDictionaryFile));
}

function readDictionaryFile(file: string): DictionaryEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`Cannot read the actor dictionary \`${file}\`.`, 'Check the path given to --actors (or $TIDINGS_ACTORS).');
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return parseUserActors(parseWith(() => JSON.parse(text) as unknown, file), file);
  if (extension === '.yaml' || extension === '.yml') return parseUserActors(parseWith(() => loadYaml(text), file), file);
  // Read as actors, a verb file's phrases would become thousands of nonsense names and every code would be lost.
  if (isTabariVerbDictionary(text)) throw new ConfigError(`\`${file}\` is a TABARI verb dictionary, not an actor dictionary.`, 'Give it with --patterns (or $TIDINGS_PATTERNS).');
  return parseTabariDictionary(text);
}

function parseWith(parse: () => unknown, file: string): unknown {
  try {
    return parse();
  } catch (error) {
    throw new ConfigError(`Cannot parse the actor dictionary \`${file}\`: ${(error as Error).message}`);
  }
}
