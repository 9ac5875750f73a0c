import { spawn, type ChildProcess } from 'node:child_process';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dropTestSchema, testPostgresUrl, uniqueTestSchema } from '../../src/storage/postgres/test-postgres.ts';

// The compiled CLI, as a user runs it (scripts/run-tests.js builds dist/ first): starting from sources would recompile
// the whole analyzer in every worker, which on a loaded machine took minutes.
const CLI = fileURLToPath(new URL('../../bin/tidings.js', import.meta.url));

export type WorkerProcess = ChildProcess & { log: () => string };

/**
 * For tests that run real `tidings worker` processes on a PostgreSQL schema of their own: the test database (or
 * undefined, to skip), the schema, and a starter. Workers still running when the file ends (a failure or a timeout)
 * are killed, or they would keep the runner and CI alive; the schema and its job schema are dropped.
 */
export async function workerProcesses(schemaPrefix: string) {
  const pgUrl = await testPostgresUrl();
  const schema = uniqueTestSchema(schemaPrefix);
  const children = new Set<ChildProcess>();
  after(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (pgUrl) {
      await dropTestSchema(pgUrl, schema);
      await dropTestSchema(pgUrl, `${schema}_jobs`);
    }
  });
  const startWorker = (dbUrl: string, ...args: string[]): WorkerProcess => {
    const child = spawn(process.execPath, [CLI, 'worker', '--db', dbUrl, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    children.add(child);
    let log = '';
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    return Object.assign(child, { log: () => log });
  };
  return { pgUrl, schema, startWorker };
}
