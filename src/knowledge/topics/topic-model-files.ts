import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ConfigError } from '../../model/errors.ts';
import { builtinFile } from '../builtin-file.ts';
import type { NaiveBayesModel } from './naive-bayes.ts';

/** The committed built-in weights; both `src/` (tsx) and `dist/` (tsc) sit two folders below the repo root. */
export const BUILTIN_TOPIC_WEIGHTS = builtinFile(import.meta.url, 'weights/bbc-topics.json.gz');

/** Where user data lives: the option, then $TIDINGS_HOME, then ~/.tidings. */
export function resolveDataDir(dataDir?: string): string {
  return dataDir ?? process.env['TIDINGS_HOME'] ?? join(homedir(), '.tidings');
}

/** The file a custom topic model named `name` is saved to. */
export function customTopicModelPath(name: string, dataDir?: string): string {
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) {
    throw new ConfigError(`Expected a topic model name of letters, digits, '.', '-' or '_', got \`${name}\`.`, 'Pick a simple name, e.g. `--name mine`.');
  }
  return join(resolveDataDir(dataDir), 'topics', `${name}.json`);
}

/** Writes a model; `.gz` paths are gzipped (the committed weights), others plain JSON (user models). */
export function saveTopicModel(path: string, model: NaiveBayesModel): void {
  mkdirSync(dirname(path), { recursive: true });
  const json = JSON.stringify(model);
  writeFileSync(path, path.endsWith('.gz') ? gzipSync(json, { level: 9 }) : json);
}

/** Reads a model; a missing or corrupt file is a ConfigError naming the file and how to make it. */
export function loadTopicModel(path: string, hint: string): NaiveBayesModel {
  if (!existsSync(path)) throw new ConfigError(`The topic model \`${path}\` is missing.`, hint);
  let parsed: unknown;
  try {
    const bytes = readFileSync(path);
    parsed = JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch {
    throw new ConfigError(`The topic model \`${path}\` is corrupt (not a JSON topic model).`, hint);
  }
  if (!isNaiveBayesModel(parsed)) throw new ConfigError(`The topic model \`${path}\` is not a tidings topic model.`, hint);
  return parsed;
}

function isNaiveBayesModel(value: unknown): value is NaiveBayesModel {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record['kind'] === 'naive-bayes' && Array.isArray(record['classes']) && typeof record['terms'] === 'object';
}
