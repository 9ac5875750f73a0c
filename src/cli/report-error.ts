import { ConfigError, InputError, NotFoundError, StorageError } from '../model/errors.ts';

/** The CLI's one place where errors become output: a message and what to do, a stack only with `--debug`. */
export function reportError(error: unknown, debug: boolean): number {
  const write = (line: string) => process.stderr.write(`${line}\n`);
  if (error instanceof InputError || error instanceof ConfigError) {
    write(`tidings: ${error.message}`);
    if (error.hint) write(`  ${error.hint}`);
  } else if (error instanceof NotFoundError || error instanceof StorageError) {
    write(`tidings: ${error.message}`);
  } else if (error instanceof Error && isCittyUsageError(error)) {
    write(`tidings: ${error.message}`);
    write('  Run `tidings <command> --help` to see its arguments.');
    return 2;
  } else {
    write(`tidings: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    write('  This is a bug; run again with --debug and report the output.');
  }
  if (debug && error instanceof Error && error.stack) write(error.stack);
  return 1;
}

function isCittyUsageError(error: Error): boolean {
  return error.name === 'CLIError' || /^(Unknown command|Missing required|No command specified)/.test(error.message);
}
