import { existsSync, readFileSync } from 'node:fs';
import { parsePetrarchValidation, type GoldSentence } from '../src/cli/eval/events.ts';

/**
 * The event sets the learned side-chooser and event filter are trained and cross-validated on (bench/events-sets, written
 * for the project by outside coders). The blind sets (blind14, blind15) are never read, and a session's new gate and
 * blind sets join only once they have been scored unseen; the PETRARCH-style sets code another dictionary. A listed set
 * whose file is missing stops training with the file's name, rather than training quietly on fewer.
 */
export const EVENT_TRAINING_SETS: readonly string[] = ['dev12', 'dev13', 'dev16', 'dev17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23', 'fresh24', 'fresh25', 'fresh26', 'fresh27', 'fresh28', 'fresh29', 'fresh30', 'fresh31', 'fresh32', 'fresh33', 'fresh34', 'fresh35', 'fresh36', 'fresh37', 'fresh38', 'fresh39', 'fresh40', 'fresh41', 'fresh42', 'fresh43', 'fresh44', 'fresh45', 'fresh46', 'fresh47', 'fresh48', 'fresh49', 'fresh50', 'fresh51', 'fresh52', 'fresh53', 'fresh54', 'fresh55'];

/**
 * Every listed set's sentences, checked first: a missing file stops training with its name and the way out, rather than
 * a bare ENOENT or a model quietly fitted on fewer sets.
 */
export function loadTrainingSets(names: readonly string[] = EVENT_TRAINING_SETS): { name: string; sentences: GoldSentence[] }[] {
  const missing = names.filter((name) => !existsSync(trainingSetPath(name)));
  if (missing.length > 0) {
    const files = missing.map(trainingSetPath).join(', ');
    // A script's stop, not a bug: the message alone, no stack.
    process.stderr.write(`Missing training set${missing.length > 1 ? 's' : ''} ${files}: copy ${missing.length > 1 ? 'them' : 'it'} into bench/events-sets/ or take ${missing.length > 1 ? 'their names' : 'its name'} out of scripts/event-training-sets.ts.\n`);
    process.exit(1);
  }
  return names.map((name) => ({ name, sentences: parsePetrarchValidation(readFileSync(trainingSetPath(name), 'utf8')) }));
}

const trainingSetPath = (name: string): string => `bench/events-sets/${name}.xml`;

/** The values after `--name` on the command line, split at commas; undefined when the flag is not given. */
export function listArg(args: readonly string[], name: string): string[] | undefined {
  return args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? '').split(',') : undefined;
}
