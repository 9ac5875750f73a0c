import { runCommand, showUsage, type CommandDef } from 'citty';
import { rootCommand } from './commands.ts';
import { packageVersion } from './package-version.ts';
import { reportError } from './report-error.ts';
import { exitQuietlyOnClosedPipe } from './write-stdout.ts';

/** Entry point of the `tidings` command: runs one subcommand and turns any error into an actionable message. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const rawArgs = [...argv];
  // Every command's output may be piped into `head`; the reader leaving is not an error.
  exitQuietlyOnClosedPipe();
  try {
    if (rawArgs[0] === '--version' || rawArgs[0] === '-v') {
      process.stdout.write(`${packageVersion()}\n`);
      return;
    }
    if (rawArgs.length === 0 || rawArgs.includes('--help') || rawArgs.includes('-h')) {
      const { command, parent } = await resolveCommand(rootCommand as CommandDef, rawArgs);
      await showUsage(command, parent);
      return;
    }
    await runCommand(rootCommand as CommandDef, { rawArgs });
  } catch (error) {
    process.exitCode = reportError(error, rawArgs.includes('--debug'));
  }
}

/** Follows the leading words of `args` through the subcommand tree, so `tidings eval ner --help` shows `ner`'s usage. */
async function resolveCommand(root: CommandDef, args: readonly string[]): Promise<{ command: CommandDef; parent?: CommandDef }> {
  let command = root;
  let parent: CommandDef | undefined;
  for (const word of args) {
    if (word.startsWith('-')) break;
    const subCommands = await resolveValue(command.subCommands);
    const next = subCommands?.[word];
    if (!next) break;
    const resolved = await resolveValue(next);
    if (!resolved) break;
    parent = command;
    command = resolved;
  }
  return parent ? { command, parent } : { command };
}

async function resolveValue<T>(value: T | Promise<T> | (() => T | Promise<T>) | undefined): Promise<T | undefined> {
  return typeof value === 'function' ? await (value as () => T | Promise<T>)() : await value;
}
