import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The path of a committed data file (a model, weights) named relative to the module that reads it, which sits in
 * `src/knowledge/<area>/` (tsx) or `dist/knowledge/<area>/` (tsc), two folders below the repo root. `tsc` copies no data
 * files, so a module in `dist/` finds its file at the same place under `src/`.
 */
export function builtinFile(moduleUrl: string, name: string): string {
  const beside = fileURLToPath(new URL(name, moduleUrl));
  if (existsSync(beside)) return beside;
  const area = basename(dirname(fileURLToPath(moduleUrl)));
  return fileURLToPath(new URL(`../../../src/knowledge/${area}/${name}`, moduleUrl));
}
