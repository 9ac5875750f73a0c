import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseTabariVerbs } from '../../pipeline/events/parse-tabari-verbs.ts';

/** The dictionaries a PETRARCH validation file's `<Environment>` block names and that exist here. */
export interface EnvironmentDictionaries {
  readonly actorFiles: readonly string[];
  readonly patternFiles: readonly string[];
  readonly discardFiles: readonly string[];
  /** Names the block gives that were found nowhere: the gold may use codes or actors only they define. */
  readonly missing: readonly string[];
}

/**
 * The verb, actor, agent and discard files a PETRARCH validation file's `<Environment>` names, where they exist: beside the file,
 * in `../dictionaries` (PETRARCH's own data/text and data/dictionaries layout), or in a directory the user's own
 * dictionaries came from (`--actors …/PETR.Validate.actors.txt` says where the rest of that suite lives).
 */
export function findEnvironmentDictionaries(xml: string, file: string, userFiles: readonly string[] = []): EnvironmentDictionaries {
  const block = /<Environment>([\s\S]*?)<\/Environment>/.exec(xml)?.[1] ?? '';
  const directories = [...new Set([dirname(file), join(dirname(file), '..', 'dictionaries'), ...userFiles.map((path) => dirname(path))].map((path) => resolve(path)))];
  const missing: string[] = [];
  const locate = (tag: string): string[] =>
    [...block.matchAll(new RegExp(`<${tag}>\\s*([^<]+?)\\s*</${tag}>`, 'g'))].flatMap((match) => {
      const name = basename(match[1] ?? '');
      const found = directories.map((directory) => join(directory, name)).find((path) => name !== '' && existsSync(path));
      if (!found && name !== '') missing.push(name);
      return found ? [found] : [];
    });
  return { actorFiles: [...locate('Actorfile'), ...locate('Agentfile')], patternFiles: locate('Verbfile'), discardFiles: locate('Discardfile'), missing };
}

/**
 * Whether a TABARI verb dictionary codes with a scheme of its own rather than CAMEO: a root past CAMEO's twenty
 * (PETRARCH's validation suite uses 212, 345 and 901–987 to test its mechanics). Gold coded with such a dictionary can
 * only be met by coding with it, so scoring the project's CAMEO patterns against it would measure nothing.
 */
export function codesOutsideCameo(verbFile: string): boolean {
  let text: string;
  try {
    text = readFileSync(verbFile, 'utf8');
  } catch {
    return false;
  }
  return parseTabariVerbs(text, verbFile).some((pattern) => [pattern.code, pattern.reverseCode].some((code) => code !== undefined && !isCameoRoot(code.slice(0, 2))));
}

function isCameoRoot(root: string): boolean {
  const value = Number(root);
  return /^\d\d$/.test(root) && value >= 1 && value <= 20;
}
