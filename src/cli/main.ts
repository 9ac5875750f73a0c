import { runCommand, showUsage, type CommandDef } from 'citty';
import { rootCommand } from './commands.ts';
import { reportError } from './report-error.ts';

/** Entry point of the `tidings` command: runs one subcommand and turns any error into an actionable message. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const rawArgs = [...argv];
  if (rawArgs.length === 0 || rawArgs[0] === '--help' || rawArgs[0] === '-h') {
    await showUsage(rootCommand as CommandDef);
    return;
  }
  try {
    await runCommand(rootCommand as CommandDef, { rawArgs });
  } catch (error) {
    process.exitCode = reportError(error, rawArgs.includes('--debug'));
  }
}
