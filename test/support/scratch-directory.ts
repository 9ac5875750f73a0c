import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

// The test runner gives every test file a process of its own, so removing at that process's exit cleans up after the
// whole file, failed assertions included. Without it each run of the suite left ~200 directories behind in /tmp.
process.once('exit', () => {
  for (const path of made) rmSync(path, { recursive: true, force: true });
});

/** A fresh directory under the system's temporary folder, removed when the test file's process exits. */
export function scratchDirectory(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), prefix));
  made.push(path);
  return path;
}
