import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The project root, where `bin/tidings.js` and `samples/` live. */
export const root = join(import.meta.dirname, '../..');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/tidings.js …` as a user would, in `cwd`, with optional stdin. */
export function tidings(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const run = spawnSync(process.execPath, [join(root, 'bin/tidings.js'), ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, TIDINGS_DB: '', ...options.env },
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
